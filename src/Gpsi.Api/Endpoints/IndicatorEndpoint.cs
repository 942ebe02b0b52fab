using Gpsi.Api.Serving;
using Gpsi.Api.Views;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api.Endpoints;

/// <summary><c>GET /api/indicators/{code}[?country=]</c>: one node's results over every year with an edition.</summary>
internal static class IndicatorEndpoint
{
    public static IResult Handle(string code, string? country, HttpContext context, ServedIndexHolder holder)
    {
        string? iso3 = null;
        if (country is not null && (iso3 = ApiRequest.Iso3(country)) is null)
        {
            return ApiRequest.Iso3Problem("country", country);
        }

        var view = ApiView.Of(holder);
        var codes = view.NodeCodes;
        var node = codes.FirstOrDefault(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
        if (node is null)
        {
            return ApiProblems.NotFound("code", code, "the code of a node of the index",
                $"No current edition has a node '{code}'. Nodes: {string.Join(", ", codes)}.");
        }

        // An unknown country is refused before anything is built, so the cache holds only real answers.
        if (iso3 is not null && !view.Years.Values.Any(y => y.Countries.ContainsKey(iso3)))
        {
            return ApiProblems.NotFound("country", country!, "the code of a country in a published edition",
                $"No current edition has a row for '{iso3}' on '{node}'.");
        }

        var (body, empty) = view.IndicatorSeries.GetOrAdd((node, iso3), k =>
        {
            var series = IndicatorSeries.Build(view, k.Code, k.Iso3);
            return (ApiBody.Of(series), series.Years.All(y => y.Values.Count == 0));
        });
        return iso3 is not null && empty
            ? ApiProblems.NotFound("country", country!, "a country with a row on the node",
                $"No current edition has a row for '{iso3}' on '{node}'.")
            : body.Write(context);
    }
}
