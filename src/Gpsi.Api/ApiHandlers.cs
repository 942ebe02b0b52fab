using System.Globalization;
using Gpsi.Core.Observations;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>The request handlers behind <see cref="GpsiApi"/>'s routes.</summary>
internal static class ApiHandlers
{
    public static async Task<IResult> EditionsAsync(HttpContext context, ApiStore api, CancellationToken cancel)
    {
        var list = await api.Store.ListEditionsAsync(cancel).ConfigureAwait(false);
        return ApiJson.Ok(context, list.Select(e =>
            new ApiEdition(e.Id, e.Year, e.RecipeHash, e.SnapshotId, e.PublishedAt, e.IsCurrent)).ToList());
    }

    public static async Task<IResult> RankingsAsync(string year, HttpContext context, ApiStore api,
        CancellationToken cancel)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || year.Length != 4)
        {
            return ApiProblems.Malformed("year", year, "a four-digit year such as 2020");
        }

        var edition = await api.Store.CurrentEditionAsync(y, cancel).ConfigureAwait(false);
        if (edition is null)
        {
            var years = (await api.Store.ListEditionsAsync(cancel).ConfigureAwait(false))
                .Select(e => e.Year).Distinct().Order().ToList();
            var have = years.Count == 0 ? "none" : string.Join(", ", years);
            return ApiProblems.NotFound("year", year, "a year with a published edition",
                $"No edition is published for {y}. Years with an edition: {have}.");
        }

        var root = await api.RootAsync(edition, cancel).ConfigureAwait(false);
        if (root is null)
        {
            return ApiProblems.Broken($"Edition {edition.Id} has no identifiable root node (its recipe " +
                $"{edition.RecipeHash} is missing or has several roots, and no row has a band or rank interval).");
        }

        var rows = edition.Rows.Where(r => r.Node == root)
            .Select(r => new ApiRanking(r.Country.Value, r.Score, r.Rank, r.Band, ApiRankInterval.From(r.Interval)))
            .ToList();
        return ApiJson.Ok(context, new ApiRankings(edition.Year, edition.Id, edition.RecipeHash, root, rows));
    }

    public static async Task<IResult> CountryAsync(string iso3, HttpContext context, ApiStore api,
        CancellationToken cancel)
    {
        var code = iso3.ToUpperInvariant();
        if (!CountryCode.IsValid(code))
        {
            return ApiProblems.Malformed("iso3", iso3, "an ISO 3166-1 alpha-3 code: three letters A-Z, such as FIN");
        }

        var rows = new List<ApiCountryRow>();
        var summaries = await api.Store.ListEditionsAsync(cancel).ConfigureAwait(false);
        foreach (var summary in summaries.Where(s => s.IsCurrent).OrderBy(s => s.Year))
        {
            var edition = await api.EditionAsync(summary.Id, cancel).ConfigureAwait(false);
            if (edition is null)
            {
                continue;
            }

            rows.AddRange(edition.Rows.Where(r => r.Country.Value == code).Select(r => new ApiCountryRow(
                edition.Year, edition.Id, r.Node, r.Score, r.Rank, r.Band, ApiRankInterval.From(r.Interval))));
        }

        return rows.Count == 0
            ? ApiProblems.NotFound("iso3", iso3, "the code of a country in a published edition",
                $"No current edition has results for '{code}'.")
            : ApiJson.Ok(context, new ApiCountry(code, rows));
    }
}
