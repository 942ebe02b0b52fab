using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>The API's RFC 9457 problems: each names the request field, what was found and what was expected.</summary>
internal static class ApiProblems
{
    /// <summary>400: a path or query value has the wrong shape.</summary>
    public static IResult Malformed(string field, string found, string expected) =>
        Problem(StatusCodes.Status400BadRequest, "Malformed request value",
            $"'{field}' must be {expected}; found '{found}'.", field, found, expected);

    /// <summary>400: a value that is not one of the few the route accepts (a node, region, income group, band).</summary>
    public static IResult NotAccepted(string field, string found, IEnumerable<string> accepted)
    {
        var expected = "one of: " + string.Join(", ", accepted);
        return Problem(StatusCodes.Status400BadRequest, "Unknown request value",
            $"'{field}' must be {expected}; found '{found}'.", field, found, expected);
    }

    /// <summary>404: a well-formed value names nothing the store holds.</summary>
    public static IResult NotFound(string field, string found, string expected, string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail, field, found, expected);

    /// <summary>500: the store holds something the API cannot serve (a bug or a damaged store).</summary>
    public static IResult Broken(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status500InternalServerError, title: "The store cannot be served");

    private static IResult Problem(int status, string title, string detail, string field, string found,
        string expected) =>
        Results.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?>
        {
            ["field"] = field,
            ["found"] = found,
            ["expected"] = expected,
        });
}
