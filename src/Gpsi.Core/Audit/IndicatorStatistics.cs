using System.Collections.Immutable;
using Gpsi.Core.Numerics;

namespace Gpsi.Core.Audit;

/// <summary>
/// Descriptive statistics and flags of one indicator in one year, as COINr's <c>get_stats</c> (NA ignored, sd with
/// n − 1, skew/kurt as e1071 type 2) plus an IQR outlier rule COINr lacks. Values are not rounded: COINr rounds its
/// table to 3 significant figures (<c>nsignif = 3</c>) for display only.
/// </summary>
/// <param name="Code">The indicator.</param>
/// <param name="Units">Units considered (COINr's n, the rows of the data set).</param>
/// <param name="Available">Non-missing values (COINr <c>N.Avail</c>).</param>
/// <param name="Availability">Available / Units (COINr <c>Frc.Avail</c>); NaN when there are no units.</param>
/// <param name="Min">Minimum; NaN when nothing is available (R gives Inf with a warning).</param>
/// <param name="Max">Maximum; NaN when nothing is available.</param>
/// <param name="Mean">Mean; NaN when nothing is available.</param>
/// <param name="Median">Median; NaN when nothing is available.</param>
/// <param name="StandardDeviation">Sample sd (n − 1); NaN with fewer than two values.</param>
/// <param name="Skewness">e1071 type-2 skewness; NaN with fewer than three values or no spread.</param>
/// <param name="Kurtosis">e1071 type-2 excess kurtosis; NaN with fewer than four values or no spread.</param>
/// <param name="NonZero">Available values ≠ 0 (COINr <c>N.NonZero</c>).</param>
/// <param name="Unique">Distinct available values (COINr <c>N.Unique</c>).</param>
/// <param name="LowerQuartile">Q1, R's type-7 quantile at 0.25; NaN when nothing is available.</param>
/// <param name="UpperQuartile">Q3, R's type-7 quantile at 0.75.</param>
/// <param name="Outliers">Units with a value below Q1 − m·IQR or above Q3 + m·IQR (strictly), in unit order.</param>
/// <param name="LowAvailability">COINr <c>Flag.Avail == "LOW"</c>: Availability below the threshold.</param>
/// <param name="LowNonZero">COINr <c>Flag.NonZero == "LOW"</c>: NonZero / Units below the threshold (COINr divides by
/// all units here, not by the available ones).</param>
/// <param name="LowUnique">COINr <c>Flag.Unique == "LOW"</c>: Unique / Units below the threshold.</param>
/// <param name="SkewKurtOutlier">COINr <c>Flag.SkewKurt == "OUT"</c>: |skew| above its threshold and kurtosis above
/// its own. Null where R's three-valued logic gives NA (an undefined statistic and no false comparison).</param>
public sealed record IndicatorStatistics(
    string Code,
    int Units,
    int Available,
    double Availability,
    double Min,
    double Max,
    double Mean,
    double Median,
    double StandardDeviation,
    double Skewness,
    double Kurtosis,
    int NonZero,
    int Unique,
    double LowerQuartile,
    double UpperQuartile,
    ImmutableArray<string> Outliers,
    bool LowAvailability,
    bool LowNonZero,
    bool LowUnique,
    bool? SkewKurtOutlier)
{
    /// <summary>The number of IQR outliers.</summary>
    public int OutlierCount => Outliers.Length;

    /// <summary>
    /// Computes the statistics of <paramref name="values"/>, one per unit named in <paramref name="units"/> (NaN where
    /// missing).
    /// </summary>
    /// <exception cref="ArgumentException">Values and unit codes differ in number.</exception>
    public static IndicatorStatistics Compute(string code, ReadOnlySpan<double> values, IReadOnlyList<string> units,
        AuditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (values.Length != units.Count)
        {
            throw new ArgumentException($"{values.Length} values for {units.Count} units.", nameof(units));
        }

        options ??= AuditOptions.Default;
        var n = values.Length;
        var available = Moments.Count(values);
        var sorted = new double[available];
        var k = 0;
        var nonZero = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sorted[k++] = v;
                nonZero += v != 0 ? 1 : 0;
            }
        }

        Array.Sort(sorted);
        var unique = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            unique += i == 0 || sorted[i] != sorted[i - 1] ? 1 : 0;
        }

        var q1 = Quantiles.Type7Sorted(sorted, 0.25);
        var q3 = Quantiles.Type7Sorted(sorted, 0.75);
        var iqr = q3 - q1;
        var lowFence = q1 - (options.IqrMultiplier * iqr);
        var highFence = q3 + (options.IqrMultiplier * iqr);
        var outliers = ImmutableArray.CreateBuilder<string>();
        for (var u = 0; u < n; u++)
        {
            if (values[u] < lowFence || values[u] > highFence)
            {
                outliers.Add(units[u]);
            }
        }

        var skew = Shape.Skewness(values);
        var kurt = Shape.Kurtosis(values);
        return new IndicatorStatistics(code, n, available, n == 0 ? double.NaN : (double)available / n,
            Moments.Min(values), Moments.Max(values), Moments.Mean(values), Moments.Median(values),
            Moments.StandardDeviation(values), skew, kurt, nonZero, unique, q1, q3, outliers.ToImmutable(),
            !((double)available / n >= options.MinAvailability),
            !((double)nonZero / n >= options.MinNonZero),
            !((double)unique / n >= options.MinUnique),
            And(Greater(Math.Abs(skew), options.SkewThreshold), Greater(kurt, options.KurtosisThreshold)));
    }

    // R's three-valued logic: NA > t is NA; NA & FALSE is FALSE, NA & TRUE is NA.
    private static bool? Greater(double x, double threshold) => double.IsNaN(x) ? null : x > threshold;

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;
}
