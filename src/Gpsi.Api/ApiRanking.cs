namespace Gpsi.Api;

/// <summary>One country's row in <c>GET /api/rankings/{year}</c>.</summary>
/// <param name="Iso3">The ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">The English short name.</param>
/// <param name="NameZh">The zh-Hans short name; the English one when there is none.</param>
/// <param name="Numeric">The ISO numeric code, three digits (the world-atlas feature id).</param>
/// <param name="Region">The World Bank region.</param>
/// <param name="IncomeGroup">The World Bank income group that year.</param>
/// <param name="RegionZh">The region in zh-Hans (the English name when there is no translation).</param>
/// <param name="IncomeGroupZh">The income group in zh-Hans (likewise).</param>
/// <param name="Score">The score on the node; null when the country has none.</param>
/// <param name="Rank">The global rank on the node (1 = best); null without a score.</param>
/// <param name="Band">The country's index band (whatever the node).</param>
/// <param name="BandZh">The band in zh-Hans.</param>
/// <param name="Interval">The index rank's uncertainty interval; null except on the root.</param>
/// <param name="RegionRank">The rank on the node within the region.</param>
/// <param name="RegionSize">Countries with a score on the node in the region.</param>
/// <param name="IncomeGroupRank">The rank on the node within the income group.</param>
/// <param name="IncomeGroupSize">Countries with a score on the node in the income group.</param>
/// <param name="Dimensions">Every level-2 node's score by code (null when missing), for what-if weighting.</param>
public sealed record ApiRanking(
    string Iso3,
    string Name,
    string NameZh,
    string Numeric,
    string? Region,
    string? IncomeGroup,
    string? RegionZh,
    string? IncomeGroupZh,
    double? Score,
    int? Rank,
    string? Band,
    string? BandZh,
    ApiRankInterval? Interval,
    int? RegionRank,
    int? RegionSize,
    int? IncomeGroupRank,
    int? IncomeGroupSize,
    IReadOnlyDictionary<string, double?> Dimensions);
