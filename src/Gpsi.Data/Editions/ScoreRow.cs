namespace Gpsi.Data.Editions;

/// <summary>
/// A ranked country's result on one node in one edition year. Peer ranks use the World Bank income group and region
/// of that year (income group history), so a country is compared with countries at its level of development then.
/// </summary>
/// <param name="Year">The edition year.</param>
/// <param name="Iso3">The country.</param>
/// <param name="Node">The node code.</param>
/// <param name="Score">The score (0–100 for aggregates; normalised 0–100 for indicators); null when missing.</param>
/// <param name="Rank">Rank among the ranked countries that year (1 = best; ties share the lowest rank); null when no score.</param>
/// <param name="Band">The band label (root only, else null).</param>
/// <param name="IncomeGroup">The country's World Bank income group that year, when known.</param>
/// <param name="IncomeGroupRank">Rank within that income group that year.</param>
/// <param name="IncomeGroupSize">Ranked countries with a score in that income group that year.</param>
/// <param name="IncomeGroupMean">Mean score of that income group that year ("given its conditions": the expected score).</param>
/// <param name="Region">The country's World Bank region.</param>
/// <param name="RegionRank">Rank within the region that year.</param>
/// <param name="RegionSize">Ranked countries with a score in the region that year.</param>
/// <param name="Interval">The index rank's uncertainty interval from the recipe's uncertainty analysis (root rows of
/// ranked countries only, when the recipe states one); null otherwise.</param>
public sealed record ScoreRow(
    int Year,
    string Iso3,
    string Node,
    double? Score,
    int? Rank,
    string? Band,
    string? IncomeGroup,
    int? IncomeGroupRank,
    int? IncomeGroupSize,
    double? IncomeGroupMean,
    string? Region,
    int? RegionRank,
    int? RegionSize,
    Core.Editions.RankInterval? Interval = null);
