using System.Globalization;
using Gpsi.Api.Serving;
using Gpsi.Core.Observations;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>The request handlers behind <see cref="GpsiApi"/>'s routes: lookups over the served index.</summary>
internal static class ApiHandlers
{
    public static IResult Editions(HttpContext context, ServedIndexHolder holder) =>
        ApiJson.Ok(context, holder.Index.Editions.Select(e =>
            new ApiEdition(e.Id, e.Year, e.RecipeHash, e.SnapshotId, e.PublishedAt, e.IsCurrent)).ToList());

    public static IResult Rankings(string year, HttpContext context, ServedIndexHolder holder)
    {
        var index = holder.Index;
        if (ApiRequest.Year(index, year) is not { } served)
        {
            return ApiRequest.YearProblem(index, year);
        }

        var root = served.Run.RootCode;
        var rows = served.Edition.Rows.Where(r => r.Node == root)
            .Select(r => new ApiRanking(r.Country.Value, r.Score, r.Rank, r.Band, ApiRankInterval.From(r.Interval)))
            .ToList();
        return ApiJson.Ok(context, new ApiRankings(served.Year, served.Edition.Id, served.Edition.RecipeHash, root, rows));
    }

    public static IResult Country(string iso3, HttpContext context, ServedIndexHolder holder)
    {
        var code = iso3.ToUpperInvariant();
        if (!CountryCode.IsValid(code))
        {
            return ApiProblems.Malformed("iso3", iso3, "an ISO 3166-1 alpha-3 code: three letters A-Z, such as FIN");
        }

        var index = holder.Index;
        var rows = new List<ApiCountryRow>();
        foreach (var year in index.Years)
        {
            var edition = index.Current[year].Edition;
            rows.AddRange(edition.Rows.Where(r => r.Country.Value == code).Select(r => new ApiCountryRow(
                edition.Year, edition.Id, r.Node, r.Score, r.Rank, r.Band, ApiRankInterval.From(r.Interval))));
        }

        return rows.Count == 0
            ? ApiProblems.NotFound("iso3", iso3, "the code of a country in a published edition",
                $"No current edition has results for '{code}'.")
            : ApiJson.Ok(context, new ApiCountry(code, rows));
    }
}
