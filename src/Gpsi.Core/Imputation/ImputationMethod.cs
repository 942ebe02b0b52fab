namespace Gpsi.Core.Imputation;

/// <summary>How a missing value is estimated. Every imputed value is flagged in the build.</summary>
public abstract record ImputationMethod
{
    private protected ImputationMethod()
    {
    }

    /// <summary>
    /// Column mean over the included units of the same year; COINr <c>i_mean</c>. A column with no observation in a
    /// year stays missing. Recipe syntax <c>mean</c>.
    /// </summary>
    public sealed record Mean : ImputationMethod;

    /// <summary>
    /// Column median over the included units of the same year (mean of the two middle values for an even count);
    /// COINr <c>i_median</c>. A column with no observation in a year stays missing. Recipe syntax <c>median</c>.
    /// </summary>
    public sealed record Median : ImputationMethod;

    /// <summary>
    /// Mean within the unit's label in group column <paramref name="Group"/> (same year); COINr <c>i_mean_grp</c>
    /// with <c>skip_f_na = TRUE</c>. Units without a label stay missing; a group with no observation stays missing
    /// (COINr gives NaN) and is reported. Recipe syntax <c>mean-by:GROUP</c>.
    /// </summary>
    public sealed record GroupMean(string Group) : ImputationMethod;

    /// <summary>
    /// Median within the unit's label in group column <paramref name="Group"/> (same year); COINr
    /// <c>i_median_grp</c>. Missing labels and all-missing groups behave as for <see cref="GroupMean"/>.
    /// Recipe syntax <c>median-by:GROUP</c>.
    /// </summary>
    public sealed record GroupMedian(string Group) : ImputationMethod;

    /// <summary>
    /// Row mean of the unit's other values within its aggregation group at <paramref name="Level"/> (2 to the tree
    /// depth), computed on min-max [0, 1] scaled, direction-adjusted data and scaled back; COINr
    /// <c>impute_by = "row"</c>, <c>normalise_first = TRUE</c>, <c>group_level = Level</c>. A column with zero range
    /// has no scaled values and does not contribute. Recipe syntax <c>row:LEVEL</c>.
    /// </summary>
    public sealed record RowMean(int Level = 2) : ImputationMethod;

    /// <summary>
    /// The latest earlier observed value of the same unit no more than <paramref name="MaxYears"/> years older (by
    /// year value, at least 1); never fills from later years, so the earliest year is never filled. COINr
    /// <c>impute_panel(imp_type = "latest", max_time)</c>. Recipe syntax <c>latest:K</c>.
    /// </summary>
    public sealed record LatestAvailable(int MaxYears) : ImputationMethod;

    /// <summary>
    /// Back-casting: a missing year takes the earliest later observation at most <paramref name="MaxYears"/> years
    /// ahead, for editions before a series began (INFORM-style back-cast); each filled value records the year copied.
    /// </summary>
    public sealed record Backcast(int MaxYears) : ImputationMethod;

    /// <summary>
    /// Linear interpolation between the nearest observed years before and after (by year value), as
    /// <c>stats::approx</c>. Leading and trailing gaps stay missing unless <paramref name="ExtendEnds"/> is true, which
    /// copies the first/last observation outwards as COINr <c>impute_panel(imp_type = "linear")</c> (<c>rule = 2</c>)
    /// does; a series with fewer than two observations is left as it is. Recipe syntax <c>linear</c> or
    /// <c>linear:extend</c>.
    /// </summary>
    public sealed record LinearInterpolation(bool ExtendEnds = false) : ImputationMethod;
}
