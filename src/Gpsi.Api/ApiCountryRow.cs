namespace Gpsi.Api;

/// <summary>One of a country's results in <c>GET /api/countries/{iso3}</c>.</summary>
/// <param name="Year">The edition's reference year.</param>
/// <param name="Edition">The edition id.</param>
/// <param name="Node">The tree node (the index root, a dimension or an indicator).</param>
/// <param name="Score">The score; null when absent.</param>
/// <param name="Rank">The rank; null when unranked.</param>
/// <param name="Band">The band; null when not banded (usually every node but the root).</param>
/// <param name="Interval">The rank interval; null except on the root when the recipe has an uncertainty analysis.</param>
public sealed record ApiCountryRow(int Year, string Edition, string Node, double? Score, int? Rank, string? Band,
    ApiRankInterval? Interval);
