using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Gpsi.Api.Web;

/// <summary>Writes one dashboard file: content negotiation over the precompressed copies, cache headers, ETag/304,
/// and on the page itself the Content-Security-Policy that the dashboard is built to satisfy.</summary>
internal static class DashboardResponder
{
    /// <summary>Scripts, styles, data and the map only from this origin; no inline code, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IResult Send(HttpContext context, DashboardFiles files, string path)
    {
        if (files.Find(path) is not { } file)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.ETag = file.ETag;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.CacheControl = file.Immutable ? "public, max-age=31536000, immutable" : "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (!file.Immutable)
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
        }

        if (ApiJson.Matches(context.Request.Headers.IfNoneMatch, file.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var accepted = AcceptEncoding(context.Request);
        var (body, encoding) = accepted.Br && file.Brotli is { } br ? (br, "br")
            : accepted.Gzip && file.Gzip is { } gz ? (gz, "gzip")
            : (file.Raw, (string?)null);
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return Results.Bytes(body, file.ContentType);
    }

    /// <summary>Whether the request accepts brotli and gzip (a coding listed with q=0 is refused, as is one not listed,
    /// unless <c>*</c> is).</summary>
    internal static (bool Br, bool Gzip) AcceptEncoding(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var list))
        {
            return (false, false);
        }

        bool Accepts(string coding)
        {
            var match = list.FirstOrDefault(v => string.Equals(v.Value.Value, coding, StringComparison.OrdinalIgnoreCase))
                ?? list.FirstOrDefault(v => v.Value.Value == "*");
            return match is not null && (match.Quality ?? 1) > 0;
        }

        return (Accepts("br"), Accepts("gzip"));
    }
}
