namespace Gpsi.Api;

/// <summary>The body of <c>GET /api/indicators/{code}</c>: one node's results over every year with an edition.</summary>
/// <param name="Code">The node code.</param>
/// <param name="Name">English name.</param>
/// <param name="NameZh">zh-Hans name.</param>
/// <param name="Kind"><c>aggregate</c> or <c>indicator</c>.</param>
/// <param name="Unit">The unit of raw values (indicators).</param>
/// <param name="Direction">1 or −1 for indicators; null for aggregates.</param>
/// <param name="Years">One entry per year with an edition, ascending.</param>
public sealed record ApiIndicatorSeries(string Code, string Name, string NameZh, string Kind, string? Unit,
    int? Direction, IReadOnlyList<ApiIndicatorYear> Years);
