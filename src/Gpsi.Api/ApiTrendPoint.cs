namespace Gpsi.Api;

/// <summary>A country's index result in one year (a point of its trend).</summary>
/// <param name="Year">The edition year.</param>
/// <param name="Edition">The current edition of that year.</param>
/// <param name="Score">The index score; null when not ranked that year.</param>
/// <param name="Rank">The rank; null when not ranked.</param>
/// <param name="Band">The band; null when not ranked.</param>
/// <param name="Interval">The rank's uncertainty interval; null when not ranked or none was computed.</param>
/// <param name="Dimensions">Each dimension's score by code (null when missing).</param>
public sealed record ApiTrendPoint(int Year, string Edition, double? Score, int? Rank, string? Band,
    ApiRankInterval? Interval, IReadOnlyDictionary<string, double?> Dimensions);
