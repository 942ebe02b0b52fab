using Gpsi.Api.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gpsi.Api;

/// <summary>
/// The open data API and the dashboard: read-only minimal APIs under <c>/api/</c> over a published-editions store,
/// and the bundled dashboard at <c>/</c>. Every JSON answer carries a strong ETag (a hash of its body) and a request
/// whose <c>If-None-Match</c> names it gets 304; every error is an RFC 9457 problem (<c>application/problem+json</c>)
/// naming the request field and what was expected.
/// </summary>
/// <remarks>
/// Routes (<see cref="ApiRoutes"/>): editions, rankings by year and node with filters, country profiles, the
/// framework, indicator series, the methodology, downloads; the OpenAPI document at <c>/api/openapi.json</c>.
/// Answers come from a <see cref="ServedIndex"/> loaded once (the store is only read, never per request); the
/// holder and its store must outlive the application (the caller disposes them).
/// </remarks>
public static class GpsiApi
{
    /// <summary>How often the store is asked for newly published editions when none is given.</summary>
    public static readonly TimeSpan DefaultRefresh = TimeSpan.FromSeconds(30);

    /// <summary>Registers what the API needs: what it serves (<paramref name="holder"/>, a singleton the caller
    /// owns and disposes), a background check for new editions every <paramref name="refresh"/> (none when null or
    /// not positive), ProblemDetails, the OpenAPI document and the per-IP rate limiter of <paramref name="options"/>
    /// (<see cref="GpsiApiOptions.Default"/> when null), and, ahead of the whole pipeline (a startup filter), the security
    /// headers, open CORS for <c>/api/</c> and that rate limiter.</summary>
    public static IServiceCollection AddGpsiApi(this IServiceCollection services, ServedIndexHolder holder,
        TimeSpan? refresh = null, GpsiApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(holder);
        options ??= GpsiApiOptions.Default;
        services.AddSingleton(holder);
        services.AddSingleton(options);
        services.AddGpsiRateLimiting(options);
        services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new ApiOuterMiddleware(options));
        services.AddGpsiOpenApi();
        if (refresh is { } period && period > TimeSpan.Zero)
        {
            services.AddHostedService(sp => new ServedIndexRefresher(holder, period, TimeProvider.System,
                sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ServedIndexRefresher>>()));
        }

        services.AddProblemDetails();
        return services;
    }

    /// <summary>
    /// Adds the error handling middleware (the security headers, open CORS for <c>/api/</c> and the rate limiter come
    /// first of all, from <see cref="AddGpsiApi"/>'s startup filter) and maps the OpenAPI document (<c>/api/openapi.json</c>) and the
    /// <c>/api/</c> routes on <paramref name="app"/> (whose services were set up with <see cref="AddGpsiApi"/>).
    /// Every route's JSON answer (<see cref="ApiJsonResult"/>) is cached per served index by path and query.
    /// </summary>
    public static WebApplication MapGpsiApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi(ApiOpenApi.Path);
        var api = app.MapGroup("/api")
            .WithTags("GPSI open data")
            .AddEndpointFilter(new ApiResponseCacheFilter(app.Services.GetRequiredService<ServedIndexHolder>()));
        api.MapDataRoutes();
        app.MapDashboard();
        return app;
    }

    /// <summary>
    /// Builds the whole application over <paramref name="holder"/>: services, middleware and routes.
    /// <paramref name="configure"/> runs on the builder first (URLs, a test server, logging); <paramref name="options"/>
    /// sets the rate limit (<see cref="GpsiApiOptions.Default"/> when null).
    /// </summary>
    public static WebApplication Create(ServedIndexHolder holder, string[] args, Action<WebApplicationBuilder>? configure = null,
        TimeSpan? refresh = null, GpsiApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var builder = WebApplication.CreateSlimBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddGpsiApi(holder, refresh, options);
        return builder.Build().MapGpsiApi();
    }
}
