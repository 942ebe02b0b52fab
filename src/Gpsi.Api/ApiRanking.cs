namespace Gpsi.Api;

/// <summary>One country's place in <c>GET /api/rankings/{year}</c>: its result on the index root.</summary>
/// <param name="Iso3">The ISO 3166-1 alpha-3 code.</param>
/// <param name="Score">The index score; null when the country has no score.</param>
/// <param name="Rank">The rank (1 = best); null when unranked.</param>
/// <param name="Band">The band label; null when not banded.</param>
/// <param name="Interval">The rank's uncertainty interval; null when the recipe states no uncertainty analysis.</param>
public sealed record ApiRanking(string Iso3, double? Score, int? Rank, string? Band, ApiRankInterval? Interval);
