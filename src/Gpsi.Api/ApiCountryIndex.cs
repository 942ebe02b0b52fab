namespace Gpsi.Api;

/// <summary>A ranked country's index result in its profile.</summary>
/// <param name="Score">The index score (0–100).</param>
/// <param name="Rank">The global rank (1 = best).</param>
/// <param name="Band">The band label.</param>
/// <param name="BandZh">The band in zh-Hans.</param>
/// <param name="Interval">The rank's uncertainty interval; null when the recipe states no uncertainty analysis.</param>
/// <param name="RegionRank">Rank within the World Bank region that year.</param>
/// <param name="RegionSize">Ranked countries in the region.</param>
/// <param name="IncomeGroupRank">Rank within the income group that year.</param>
/// <param name="IncomeGroupSize">Ranked countries in the income group.</param>
/// <param name="IncomeGroupMean">The income group's mean index score (the expected score given its conditions).</param>
public sealed record ApiCountryIndex(double? Score, int? Rank, string? Band, string? BandZh, ApiRankInterval? Interval,
    int? RegionRank, int? RegionSize, int? IncomeGroupRank, int? IncomeGroupSize, double? IncomeGroupMean);
