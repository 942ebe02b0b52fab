namespace Gpsi.Api;

/// <summary>One year of <see cref="ApiIndicatorSeries"/>.</summary>
/// <param name="Year">The edition year.</param>
/// <param name="Edition">Its current edition.</param>
/// <param name="Values">The countries' results in rank order on the node (no score last, by ISO3): for an indicator
/// every country considered, for an aggregate every ranked country.</param>
public sealed record ApiIndicatorYear(int Year, string Edition, IReadOnlyList<ApiIndicatorPoint> Values);
