using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Gpsi.Api;

/// <summary>
/// JSON answers with a strong ETag: the SHA-256 of the exact body bytes, so equal bodies share a tag and any change
/// gives a new one. A request whose <c>If-None-Match</c> lists the tag (or <c>*</c>) gets 304 without a body.
/// </summary>
/// <remarks>
/// The views keep each answer made here per served index (<c>Views/ApiView</c>), and the endpoint filter on the
/// <c>/api</c> group keeps it again under its path and query (<see cref="ApiResponseCache"/>), so a repeated GET
/// skips the handler, the serialisation and the hash. An answer must therefore depend only on the path, the query and
/// the served index (never on other headers or the clock).
/// </remarks>
internal static class ApiJson
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The answer for <paramref name="value"/>: its JSON bytes and their tag.</summary>
    public static ApiJsonResult Serialise<T>(T value)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, Options);
        return new ApiJsonResult(body, "\"" + Convert.ToHexStringLower(SHA256.HashData(body)) + "\"");
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
