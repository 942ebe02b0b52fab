namespace Gpsi.Core.Imputation;

/// <summary>How a missing value is estimated. Every imputed value is flagged in the build.</summary>
public abstract record ImputationMethod
{
    private protected ImputationMethod()
    {
    }

    /// <summary>Column mean over units (same year); COINr <c>i_mean</c>.</summary>
    public sealed record Mean : ImputationMethod;

    /// <summary>Column median over units (same year); COINr <c>i_median</c>.</summary>
    public sealed record Median : ImputationMethod;

    /// <summary>Mean within the unit's group in <paramref name="Group"/>; COINr <c>i_mean_grp</c>.</summary>
    public sealed record GroupMean(string Group) : ImputationMethod;

    /// <summary>Median within the unit's group in <paramref name="Group"/>; COINr <c>i_median_grp</c>.</summary>
    public sealed record GroupMedian(string Group) : ImputationMethod;

    /// <summary>
    /// Row mean of the unit's other values within its aggregation group at <paramref name="Level"/>, computed on
    /// min-max [0, 1] scaled data and scaled back; COINr <c>impute_by = "row"</c>, <c>normalise_first = TRUE</c>.
    /// </summary>
    public sealed record RowMean(int Level = 2) : ImputationMethod;

    /// <summary>The latest earlier observed value no more than <paramref name="MaxYears"/> years old (panel).</summary>
    public sealed record LatestAvailable(int MaxYears) : ImputationMethod;

    /// <summary>
    /// Linear interpolation between the nearest observed years before and after (panel). With
    /// <paramref name="ExtendEnds"/>, years before the first or after the last observation are filled as well (from
    /// the nearest observation); without it they stay missing.
    /// </summary>
    public sealed record LinearInterpolation(bool ExtendEnds = false) : ImputationMethod;
}
