using System.Globalization;
using Gpsi.Api.Serving;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>Reading the request values the routes share, and the problems for bad ones.</summary>
internal static class ApiRequest
{
    /// <summary>The current edition of a four-digit <paramref name="year"/>, or null (malformed or none).</summary>
    public static ServedEdition? Year(ServedIndex index, string year) =>
        year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? index.Current.GetValueOrDefault(y)
            : null;

    /// <summary>The problem for a year that <see cref="Year"/> did not find: 400 when malformed, else 404 listing
    /// the years that have an edition.</summary>
    public static IResult YearProblem(ServedIndex index, string year)
    {
        if (year.Length != 4 || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return ApiProblems.Malformed("year", year, "a four-digit year such as 2020");
        }

        var have = index.Years.Count == 0 ? "none" : string.Join(", ", index.Years);
        return ApiProblems.NotFound("year", year, "a year with a published edition",
            $"No edition is published for {y}. Years with an edition: {have}.");
    }
}
