using Gpsi.Api.Serving;

namespace Gpsi.Api.Views;

/// <summary>The rows of a node's ranking in one year, unfiltered, in rank order.</summary>
internal static class RankingRows
{
    public static IReadOnlyList<ApiRanking> Build(ServedIndex index, YearView y, string node)
    {
        var isRoot = node == y.Root.Code;
        return [.. y.RowsByNode.GetValueOrDefault(node, []).Select(r =>
        {
            var country = y.Countries.GetValueOrDefault(r.Iso3);
            var name = country?.Name ?? r.Iso3;
            var band = isRoot ? r.Band : index.Score(y.Year, r.Iso3, y.Root.Code)?.Band;
            return new ApiRanking(r.Iso3, name, ApiNames.Country(r.Iso3, name), country?.Numeric ?? string.Empty,
                r.Region, r.IncomeGroup, ApiNames.Region(r.Region), ApiNames.Income(r.IncomeGroup), r.Score, r.Rank, band, ApiNames.Band(band),
                isRoot ? ApiRankInterval.From(r.Interval) : null,
                r.RegionRank, r.RegionSize, r.IncomeGroupRank, r.IncomeGroupSize, Dimensions(index, y, r.Iso3));
        })];
    }

    /// <summary>Every dimension's score of a country in the year (null when missing), in recipe order.</summary>
    public static IReadOnlyDictionary<string, double?> Dimensions(ServedIndex index, YearView y, string iso3)
    {
        var scores = new Dictionary<string, double?>(y.Dimensions.Length, StringComparer.Ordinal);
        foreach (var d in y.Dimensions)
        {
            scores[d.Code] = index.Score(y.Year, iso3, d.Code)?.Score;
        }

        return scores;
    }
}
