using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Gpsi.Api;

/// <summary>
/// A JSON answer already serialised, with its strong ETag: immutable, so one instance can answer any number of
/// requests (<see cref="ApiResponseCache"/> keeps them). Writes 304 without a body when <c>If-None-Match</c> names
/// the tag.
/// </summary>
internal sealed class ApiJsonResult : IResult
{
    private static readonly StringValues CacheControl = "public, no-cache";
    private static readonly string ContentType = "application/json; charset=utf-8";
    private readonly StringValues etag;

    public ApiJsonResult(byte[] body, string tag)
    {
        Body = body;
        Tag = tag;
        etag = tag;
    }

    /// <summary>The UTF-8 JSON body.</summary>
    public byte[] Body { get; }

    /// <summary>The strong ETag, quoted.</summary>
    public string Tag { get; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        if (ApiJson.Matches(httpContext.Request.Headers.IfNoneMatch, Tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        return HttpMethods.IsHead(httpContext.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(Body, httpContext.RequestAborted).AsTask();
    }
}
