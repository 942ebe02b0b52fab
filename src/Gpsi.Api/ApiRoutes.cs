using Gpsi.Api.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gpsi.Api;

/// <summary>
/// The data routes of the open data API (<c>docs/api.md</c>), each with its OpenAPI operation id, summary and the
/// answers it gives: 200 with its body, 400 and 404 problems (RFC 9457 with <c>field</c>, <c>found</c>,
/// <c>expected</c>). Every answer is a lookup over the served index.
/// </summary>
internal static class ApiRoutes
{
    public static RouteGroupBuilder MapDataRoutes(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/editions", ApiHandlers.Editions)
            .WithName("listEditions")
            .WithSummary("Every published edition, with the current one of each year flagged.")
            .Produces<IReadOnlyList<ApiEdition>>(StatusCodes.Status200OK);
        api.MapGet("/rankings/{year}", RankingsEndpoint.Handle)
            .WithName("getRankings")
            .WithSummary("One node's ranking in a year's current edition, optionally narrowed to a World Bank " +
                "region, income group or index band (ranks stay global).")
            .Produces<ApiRankings>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/countries/{iso3}", CountryEndpoint.Handle)
            .WithName("getCountry")
            .WithSummary("A country's profile in a year's current edition (the latest by default): index, " +
                "dimensions, indicator values with their sources, trend over every edition, and peers.")
            .Produces<ApiCountry>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/framework", FrameworkEndpoint.Handle)
            .WithName("getFramework")
            .WithSummary("The index framework (tree, weights, directions, sources, bands) behind a year's edition.")
            .Produces<ApiFramework>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/indicators/{code}", IndicatorEndpoint.Handle)
            .WithName("getIndicator")
            .WithSummary("One node's (indicator or aggregate) results over every year with an edition, " +
                "optionally for one country.")
            .Produces<ApiIndicatorSeries>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/methodology", MethodologyEndpoint.Handle)
            .WithName("getMethodology")
            .WithSummary("The canonical recipe behind a year's edition and the methodology document generated from it.")
            .Produces<ApiMethodology>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/downloads", DownloadsEndpoint.List)
            .WithName("listDownloads")
            .WithSummary("The latest edition's output files, as gpsi build writes them.")
            .Produces<IReadOnlyList<ApiDownload>>(StatusCodes.Status200OK);
        api.MapGet("/downloads/{file}", DownloadsEndpoint.File)
            .WithName("getDownload")
            .WithSummary("One output file of the latest edition, as an attachment.")
            .Produces(StatusCodes.Status200OK, (Type?)null, "text/csv", "application/json",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
