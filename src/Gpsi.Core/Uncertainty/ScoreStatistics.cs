namespace Gpsi.Core.Uncertainty;

/// <summary>
/// One unit's index score over the replications of an uncertainty analysis: the nominal score, mean, median, and 5th
/// and 95th percentiles (R's type 7), over the replications in which the unit has a score (NaN when it has none).
/// </summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Nominal">The score of the unperturbed recipe; NaN when it has none.</param>
/// <param name="Mean">Mean score.</param>
/// <param name="Median">Median score.</param>
/// <param name="Q5">5th percentile score.</param>
/// <param name="Q95">95th percentile score.</param>
public sealed record ScoreStatistics(string Unit, double Nominal, double Mean, double Median, double Q5, double Q95);
