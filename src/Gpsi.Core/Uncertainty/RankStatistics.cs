namespace Gpsi.Core.Uncertainty;

/// <summary>
/// One unit's index rank over the replications of an uncertainty analysis: the nominal rank (the recipe as written),
/// mean, median, and 5th and 95th percentiles (R's type 7), as COINr <c>get_sensitivity(SA_type = "UA")</c> reports.
/// </summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Nominal">The rank of the unperturbed recipe; null when it has none.</param>
/// <param name="Mean">Mean rank over the replications in which the unit has a rank.</param>
/// <param name="Median">Median rank.</param>
/// <param name="Q5">5th percentile rank.</param>
/// <param name="Q95">95th percentile rank.</param>
public sealed record RankStatistics(string Unit, int? Nominal, double Mean, double Median, double Q5, double Q95);
