using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gpsi.Api;

/// <summary>
/// A JSON answer already serialised, with its strong ETag: immutable, so one instance can answer any number of
/// requests (<see cref="ApiResponseCache"/> and the views keep them). Sent brotli- or gzip-compressed when the request
/// accepts it (each compressed once, on first demand), with <c>Vary: Accept-Encoding</c> and a tag per coding
/// (<c>"…-br"</c>, <c>"…-gz"</c>: a strong tag names one representation). Writes 304 without a body when
/// <c>If-None-Match</c> names any of the three tags (they all stand for the same data).
/// </summary>
internal sealed class ApiJsonResult : IResult
{
    private static readonly StringValues CacheControl = "public, no-cache";
    private static readonly StringValues Vary = HeaderNames.AcceptEncoding;
    private static readonly StringValues Brotli = "br";
    private static readonly StringValues Gzip = "gzip";
    private static readonly string ContentType = "application/json; charset=utf-8";
    private readonly StringValues etag;
    private readonly string brotliTag;
    private readonly string gzipTag;
    private readonly Lazy<Coded> brotli;
    private readonly Lazy<Coded> gzip;

    public ApiJsonResult(byte[] body, string tag)
    {
        Body = body;
        Tag = tag;
        etag = tag;
        brotliTag = tag[..^1] + "-br\"";
        gzipTag = tag[..^1] + "-gz\"";
        brotli = new(() => new Coded(ContentCodings.Brotli(body), brotliTag));
        gzip = new(() => new Coded(ContentCodings.Gzip(body), gzipTag));
    }

    /// <summary>The UTF-8 JSON body.</summary>
    public byte[] Body { get; }

    /// <summary>The strong ETag of the uncompressed body, quoted.</summary>
    public string Tag { get; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.CacheControl = CacheControl;
        response.Headers.Vary = Vary;
        var (br, gz) = ContentCodings.Accepted(httpContext.Request);
        var coded = br ? brotli.Value : gz ? gzip.Value : null;
        response.Headers.ETag = coded?.Tag ?? etag;
        var ifNoneMatch = httpContext.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0 && (ApiJson.Matches(ifNoneMatch, Tag)
            || ApiJson.Matches(ifNoneMatch, brotliTag) || ApiJson.Matches(ifNoneMatch, gzipTag)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var bytes = coded?.Bytes ?? Body;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = bytes.Length;
        if (coded is not null)
        {
            response.Headers.ContentEncoding = br ? Brotli : Gzip;
        }

        return HttpMethods.IsHead(httpContext.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }

    private sealed record Coded(byte[] Bytes, StringValues Tag);
}
