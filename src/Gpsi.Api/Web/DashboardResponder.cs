using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Gpsi.Api.Web;

/// <summary>Writes one dashboard file: content negotiation over the precompressed copies, cache headers and
/// ETag/304. The security headers (the Content-Security-Policy the dashboard is built to satisfy among them) are
/// added to every answer by <see cref="ApiSecurityHeaders"/>.</summary>
internal static class DashboardResponder
{

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

        if (ApiJson.Matches(context.Request.Headers.IfNoneMatch, file.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var accepted = ContentCodings.Accepted(context.Request);
        var (body, encoding) = accepted.Br && file.Brotli is { } br ? (br, "br")
            : accepted.Gzip && file.Gzip is { } gz ? (gz, "gzip")
            : (file.Raw, (string?)null);
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return Results.Bytes(body, file.ContentType);
    }
}
