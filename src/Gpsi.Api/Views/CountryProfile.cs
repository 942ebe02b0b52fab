using Gpsi.Core.Observations;
using Gpsi.Data.Editions;

namespace Gpsi.Api.Views;

/// <summary>Builds a country's profile (<see cref="ApiCountry"/>) from the served index.</summary>
internal static class CountryProfile
{
    /// <summary>How many income-group peers above and below the country a profile lists.</summary>
    private const int IncomePeersEachSide = 5;

    /// <param name="view">The view.</param>
    /// <param name="y">The year; <paramref name="iso3"/> must be one of its countries.</param>
    /// <param name="iso3">The country.</param>
    public static ApiCountry Build(ApiView view, YearView y, string iso3)
    {
        var country = y.Countries[iso3];
        var index = view.Index;
        var root = index.Score(y.Year, iso3, y.Root.Code);
        var ranked = root?.Score is not null;
        var code = new CountryCode(iso3);
        var region = root?.Region ?? view.Registry.WbRegionIn(code, y.Year) ?? country.WbRegion;
        var income = root?.IncomeGroup ?? view.Registry.IncomeGroupIn(code, y.Year) ?? country.IncomeGroup;
        var result = ranked && root is not null
            ? new ApiCountryIndex(root.Score, root.Rank, root.Band, ApiNames.Band(root.Band),
                ApiRankInterval.From(root.Interval), root.RegionRank, root.RegionSize, root.IncomeGroupRank,
                root.IncomeGroupSize, root.IncomeGroupMean)
            : null;
        return new ApiCountry(country.Iso3, country.Iso2, country.Numeric, country.Name,
            ApiNames.Country(country.Iso3, country.Name), region, country.M49Region, income, ApiNames.Region(region), ApiNames.Income(income), y.Year, y.EditionId,
            ranked, result, Dimensions(view, y, iso3), Indicators(view, y, iso3), Trend(view, iso3),
            new ApiPeers(Peers(y, r => region is not null && r.Region == region, iso3, all: true),
                Peers(y, r => income is not null && r.IncomeGroup == income, iso3, all: false)));
    }

    private static List<ApiCountryDimension> Dimensions(ApiView view, YearView y, string iso3) =>
    [
        .. y.Dimensions.Select(d =>
        {
            var score = view.Index.Score(y.Year, iso3, d.Code);
            var indicators = y.Indicators.Where(i => y.DimensionOf[i.Code] == d.Code).ToList();
            var withValue = indicators.Count(i => view.Index.Value(y.Year, iso3, i.Code)?.Value is not null);
            return new ApiCountryDimension(d.Code, d.Name, ApiNames.Node(d), score?.Score, score?.Rank, withValue,
                indicators.Count);
        }),
    ];

    private static List<ApiCountryIndicator> Indicators(ApiView view, YearView y, string iso3) =>
    [
        .. y.Indicators.Select(i =>
        {
            var value = view.Index.Value(y.Year, iso3, i.Code);
            var score = view.Index.Score(y.Year, iso3, i.Code);
            var sources = value is null
                ? []
                : value.Provenance.Select(p => new ApiValueSource(p.SourceId, Title(y, p.SourceId),
                    p.File, p.Line, p.Vintage, p.Unit, p.Transformations)).ToList();
            return new ApiCountryIndicator(i.Code, i.Name, ApiNames.Node(i), y.DimensionOf[i.Code], i.Unit,
                ApiNames.Direction(i), value?.Value, value?.Normalised, score?.Rank, value?.DataYear,
                ApiNames.Status(value?.Status ?? ValueStatus.Missing), value?.Imputation, sources);
        }),
    ];

    /// <summary>The catalogue title of a source id; a derived value's ids (<c>a+b</c>) give their titles joined with
    /// " + "; null when an id is not in the catalogue.</summary>
    private static string? Title(YearView y, string sourceId)
    {
        if (y.SourceTitles.TryGetValue(sourceId, out var title))
        {
            return title;
        }

        var titles = sourceId.Split('+').Select(id => y.SourceTitles.GetValueOrDefault(id)).ToList();
        return titles.Any(t => t is null) ? null : string.Join(" + ", titles);
    }

    private static List<ApiTrendPoint> Trend(ApiView view, string iso3) =>
    [
        .. view.Index.Years.Select(year =>
        {
            var y = view.Years[year];
            var root = view.Index.Score(year, iso3, y.Root.Code);
            return new ApiTrendPoint(year, y.EditionId, root?.Score, root?.Rank, root?.Band,
                ApiRankInterval.From(root?.Interval), RankingRows.Dimensions(view.Index, y, iso3));
        }),
    ];

    /// <summary>The ranked countries of a group by rank: all of them, or the country and those near it.</summary>
    private static List<ApiPeer> Peers(YearView y, Func<ScoreRow, bool> inGroup, string iso3, bool all)
    {
        var group = y.RootRows.Where(r => r.Score is not null && inGroup(r)).ToList();
        if (!all)
        {
            var at = group.FindIndex(r => r.Iso3 == iso3);
            var from = Math.Max(0, at - IncomePeersEachSide);
            group = at < 0 ? [] : group[from..Math.Min(group.Count, at + IncomePeersEachSide + 1)];
        }

        return
        [
            .. group.Select(r =>
            {
                var name = y.Countries.GetValueOrDefault(r.Iso3)?.Name ?? r.Iso3;
                return new ApiPeer(r.Iso3, name, ApiNames.Country(r.Iso3, name), r.Score, r.Rank);
            }),
        ];
    }
}
