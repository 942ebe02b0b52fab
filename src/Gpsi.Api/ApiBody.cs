using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>
/// A JSON answer serialised once, with its strong ETag (the SHA-256 of the bytes), for answers that are served many
/// times from one <see cref="Serving.ServedIndex"/>: the same bytes, headers and 304 rule as <see cref="ApiJson.Ok"/>
/// without serialising and hashing per request.
/// </summary>
/// <param name="Utf8">The UTF-8 JSON body (System.Text.Json web defaults, as <see cref="ApiJson"/>).</param>
/// <param name="ETag">The quoted strong entity tag.</param>
internal sealed record ApiBody(byte[] Utf8, string ETag)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ApiBody Of<T>(T value)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, Options);
        return new ApiBody(body, "\"" + Convert.ToHexStringLower(SHA256.HashData(body)) + "\"");
    }

    /// <summary>The answer to <paramref name="context"/>'s request: 304 when its <c>If-None-Match</c> lists the
    /// tag, else 200 with the body.</summary>
    public IResult Write(HttpContext context)
    {
        context.Response.Headers.ETag = ETag;
        context.Response.Headers.CacheControl = "public, no-cache";
        return ApiJson.Matches(context.Request.Headers.IfNoneMatch, ETag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(Utf8, "application/json; charset=utf-8");
    }
}
