using Gpsi.Data.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gpsi.Api;

/// <summary>
/// The open data API: read-only minimal APIs under <c>/api/</c> over a published-editions store. Every JSON answer
/// carries a strong ETag (a hash of its body) and a request whose <c>If-None-Match</c> names it gets 304; every error
/// is an RFC 9457 problem (<c>application/problem+json</c>) naming the request field and what was expected.
/// </summary>
/// <remarks>
/// Routes: <c>GET /api/editions</c>, <c>GET /api/rankings/{year}</c>, <c>GET /api/countries/{iso3}</c>.
/// The store is only read; it must outlive the application (the caller disposes it).
/// </remarks>
public static class GpsiApi
{
    /// <summary>Registers what the API needs: the store (as a singleton, not disposed by the container), its
    /// caches and ProblemDetails.</summary>
    public static IServiceCollection AddGpsiApi(this IServiceCollection services, IGpsiStore store)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(store);
        services.AddSingleton(new ApiStore(store));
        services.AddProblemDetails();
        return services;
    }

    /// <summary>Adds the error handling middleware and maps the <c>/api/</c> routes on <paramref name="app"/>
    /// (whose services were set up with <see cref="AddGpsiApi"/>).</summary>
    public static WebApplication MapGpsiApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var api = app.MapGroup("/api");
        api.MapGet("/editions", ApiHandlers.EditionsAsync);
        api.MapGet("/rankings/{year}", ApiHandlers.RankingsAsync);
        api.MapGet("/countries/{iso3}", ApiHandlers.CountryAsync);
        return app;
    }

    /// <summary>
    /// Builds the whole application over <paramref name="store"/>: services, middleware and routes.
    /// <paramref name="configure"/> runs on the builder first (URLs, a test server, logging).
    /// </summary>
    public static WebApplication Create(IGpsiStore store, string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var builder = WebApplication.CreateSlimBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddGpsiApi(store);
        return builder.Build().MapGpsiApi();
    }
}
