namespace Gpsi.Api;

/// <summary>The filters a <c>GET /api/rankings/{year}</c> applied, as the values they matched (so <c>hic</c> reads
/// <c>High income</c>); each null when not given.</summary>
/// <param name="Region">The World Bank region.</param>
/// <param name="Income">The World Bank income group of the year.</param>
/// <param name="Band">The index band label.</param>
public sealed record ApiRankingFilters(string? Region, string? Income, string? Band);
