using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Gpsi.Api;

/// <summary>
/// JSON answers with a strong ETag: the SHA-256 of the exact body bytes, so equal bodies share a tag and any change
/// gives a new one. A request whose <c>If-None-Match</c> lists the tag (or <c>*</c>) gets 304 without a body.
/// </summary>
internal static class ApiJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IResult Ok<T>(HttpContext context, T value)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, Options);
        var tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body)) + "\"";
        context.Response.Headers.ETag = tag;
        context.Response.Headers.CacheControl = "public, no-cache";
        return Matches(context.Request.Headers.IfNoneMatch, tag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, "application/json; charset=utf-8");
    }

    /// <summary>RFC 9110 §13.1.2: weak comparison, so a <c>W/</c> prefix on the client's tag still matches.</summary>
    internal static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(tag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
