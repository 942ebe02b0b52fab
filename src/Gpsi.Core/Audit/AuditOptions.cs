namespace Gpsi.Core.Audit;

/// <summary>
/// Thresholds and choices of an audit. The defaults are COINr's (<c>get_stats</c>: t_skew = 2, t_kurt = 3.5,
/// t_avail = 0.65, t_zero = 0.5, t_unq = 0.5) plus GPSI's own IQR rule and weak-correlation threshold.
/// </summary>
public sealed record AuditOptions
{
    /// <summary>The data set whose indicators <see cref="IndicatorStatistics"/> describe; <c>Raw</c> by default.</summary>
    public string StatisticsDataSet { get; init; } = "Raw";

    /// <summary>An indicator is flagged when its available share is below this (COINr <c>t_avail</c>).</summary>
    public double MinAvailability { get; init; } = 0.65;

    /// <summary>An indicator is flagged when the share of non-zero values (of all units) is below this (<c>t_zero</c>).</summary>
    public double MinNonZero { get; init; } = 0.5;

    /// <summary>An indicator is flagged when the share of distinct values (of all units) is below this (<c>t_unq</c>).</summary>
    public double MinUnique { get; init; } = 0.5;

    /// <summary>|skew| above this, together with kurtosis above <see cref="KurtosisThreshold"/>, flags outliers.</summary>
    public double SkewThreshold { get; init; } = 2;

    /// <summary>Excess kurtosis above this, together with |skew| above <see cref="SkewThreshold"/>, flags outliers.</summary>
    public double KurtosisThreshold { get; init; } = 3.5;

    /// <summary>Values beyond Q1 − m·IQR or Q3 + m·IQR are outliers (Tukey's fences, m = 1.5).</summary>
    public double IqrMultiplier { get; init; } = 1.5;

    /// <summary>A correlation with the parent is weak when |r| is below this.</summary>
    public double WeakCorrelation { get; init; } = 0.2;

    /// <summary>The coefficient used for correlations with the parent and the index.</summary>
    public CorrelationMethod ParentMethod { get; init; } = CorrelationMethod.Pearson;

    /// <summary>Whether audit PCAs fix each component's sign so its loadings sum positive.</summary>
    public bool FixPcaSign { get; init; } = true;

    /// <summary>The default options.</summary>
    public static AuditOptions Default { get; } = new();
}
