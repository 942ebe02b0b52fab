using Gpsi.Api.Serving;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>
/// The endpoint filter that puts <see cref="ApiResponseCache"/> in front of every <c>/api</c> handler: a GET whose
/// path and query were answered before from the index now served gets the same bytes without running the handler;
/// otherwise the handler runs and a <see cref="ApiJsonResult"/> it returns is kept.
/// </summary>
/// <remarks>A request racing an index swap may keep the new index's answer in the old index's cache; only requests
/// that already hold the old index can read it, which is the answer they would have had a moment later anyway.</remarks>
internal sealed class ApiResponseCacheFilter(ServedIndexHolder holder) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return await next(context).ConfigureAwait(false);
        }

        var cache = ApiResponseCache.For(holder.Index);
        var key = ApiResponseCache.Key(request);
        if (cache.Find(key) is { } kept)
        {
            return kept;
        }

        var result = await next(context).ConfigureAwait(false);
        if (result is ApiJsonResult answer)
        {
            cache.Keep(key, answer);
        }

        return result;
    }
}
