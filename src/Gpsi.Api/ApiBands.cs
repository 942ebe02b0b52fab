namespace Gpsi.Api;

/// <summary>The index bands.</summary>
/// <param name="Thresholds">The fixed score thresholds, descending (a score at or above the first is the first band);
/// empty when bands are by rank position (quantiles).</param>
/// <param name="Labels">The band labels, best first.</param>
/// <param name="LabelsZh">The labels in zh-Hans.</param>
public sealed record ApiBands(IReadOnlyList<double> Thresholds, IReadOnlyList<string> Labels,
    IReadOnlyList<string> LabelsZh);
