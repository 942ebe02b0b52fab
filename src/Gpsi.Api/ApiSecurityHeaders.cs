using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Gpsi.Api;

/// <summary>
/// Security headers on every answer (API, static files, errors, 429s), and open CORS on the API: the data is public,
/// so any page may read <c>/api/</c> answers (<c>Access-Control-Allow-Origin: *</c>, no credentials), and a
/// preflight <c>OPTIONS /api/…</c> is answered here with 204.
/// </summary>
/// <remarks>The headers are added when the response starts, so they survive the exception handler (which clears
/// headers) and reach answers written by any later middleware.</remarks>
internal static class ApiSecurityHeaders
{
    public const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
        + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues NoReferrer = "no-referrer";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues Csp = ContentSecurityPolicy;
    private static readonly StringValues SameOrigin = "same-origin";
    private static readonly StringValues Permissions = PermissionsPolicy;
    private static readonly StringValues AnyOrigin = "*";
    private static readonly StringValues Exposed = "ETag, Retry-After";
    private static readonly StringValues Methods = "GET, HEAD";
    private static readonly StringValues AllowedHeaders = "If-None-Match, Accept, Accept-Language";
    private static readonly StringValues PreflightMaxAge = "86400";

    private static readonly Func<object, Task> AddHeaders = static state =>
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = NoSniff;
        headers["Referrer-Policy"] = NoReferrer;
        headers.XFrameOptions = Deny;
        headers.ContentSecurityPolicy = Csp;
        headers["Cross-Origin-Opener-Policy"] = SameOrigin;
        headers["Permissions-Policy"] = Permissions;
        if (IsApi(context.Request))
        {
            headers.AccessControlAllowOrigin = AnyOrigin;
            headers.AccessControlExposeHeaders = Exposed;
        }

        return Task.CompletedTask;
    };

    /// <summary>Adds the middleware; put it first so that every answer gets the headers.</summary>
    public static IApplicationBuilder UseGpsiSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(AddHeaders, context);
            var request = context.Request;
            if (HttpMethods.IsOptions(request.Method) && request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                && request.Headers.ContainsKey("Access-Control-Request-Method"))
            {
                var headers = context.Response.Headers;
                headers.AccessControlAllowOrigin = AnyOrigin;
                headers.AccessControlAllowMethods = Methods;
                headers.AccessControlAllowHeaders = AllowedHeaders;
                headers.AccessControlMaxAge = PreflightMaxAge;
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            }

            return next(context);
        });

    private static bool IsApi(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Path.StartsWithSegments("/api", StringComparison.Ordinal);
}
