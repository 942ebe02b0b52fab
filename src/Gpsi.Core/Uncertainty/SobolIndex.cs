namespace Gpsi.Core.Uncertainty;

/// <summary>
/// One factor's variance-based sensitivity indices with their bootstrap intervals (the 5th and 95th percentiles of the
/// bootstrap estimates, R's type 7: a 90% interval, as COINr's <c>Si_q5</c>, <c>Si_q95</c>, <c>STi_q5</c>,
/// <c>STi_q95</c>). The bounds are NaN when no bootstrap was asked for. Estimates are not clipped: with small N a
/// first-order index can be slightly negative or exceed its total index.
/// </summary>
/// <param name="First">S_i, the first-order (main effect) index.</param>
/// <param name="FirstLow">5th percentile of the bootstrapped S_i.</param>
/// <param name="FirstHigh">95th percentile of the bootstrapped S_i.</param>
/// <param name="Total">ST_i, the total-order index (main effect plus every interaction with the factor).</param>
/// <param name="TotalLow">5th percentile of the bootstrapped ST_i.</param>
/// <param name="TotalHigh">95th percentile of the bootstrapped ST_i.</param>
public sealed record SobolIndex(double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);
