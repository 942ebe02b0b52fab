using Gpsi.Core.Numerics;

namespace Gpsi.Core.Treatment;

/// <summary>
/// COINr's default outlier treatment of one indicator (<c>Treat.numeric</c> with <c>f1 = "winsorise"</c>,
/// <c>f2 = "log_CT"</c>, <c>f_pass = "check_SkewKurt"</c>, <c>combine_treat = FALSE</c>), over spans, NaN meaning
/// missing (R's <c>na.rm = TRUE</c>). Allocation-free: the caller supplies the output and mark buffers.
/// </summary>
public static class Winsorisation
{
    /// <summary>The values were left as they were (they passed, or the rule could not be evaluated).</summary>
    public const string NoTransform = "none";

    /// <summary>Winsorising brought the values within the thresholds.</summary>
    public const string Winsorised = "winsorise";

    /// <summary>Winsorising was discarded and log_CT applied to the original values.</summary>
    public const string LogTransform = "log_CT";

    /// <summary>
    /// COINr <c>check_SkewKurt</c>: <c>|skew| &lt; skewThreshold OR kurtosis &lt; kurtosisThreshold</c>, both strict,
    /// with R's three-valued OR: a NaN statistic counts as NA, so the result is true when the other test passes and
    /// null (NA) otherwise.
    /// </summary>
    public static bool? Passes(double skew, double kurtosis, double skewThreshold, double kurtosisThreshold)
    {
        bool? skewOk = double.IsNaN(skew) ? null : Math.Abs(skew) < skewThreshold;
        bool? kurtOk = double.IsNaN(kurtosis) ? null : kurtosis < kurtosisThreshold;
        if (skewOk == true || kurtOk == true)
        {
            return true;
        }

        return skewOk is null || kurtOk is null ? null : false;
    }

    /// <summary>
    /// Treats <paramref name="x"/> as COINr's default <c>Treat</c> does and writes the result to
    /// <paramref name="treated"/>:
    /// <list type="number">
    /// <item>If the values pass (<see cref="Passes"/>) they are copied unchanged; if the rule is NA (fewer than 3
    /// values, or all equal) they are copied unchanged and <see cref="WinsorisationResult.Passed"/> is null.</item>
    /// <item>Otherwise they are winsorised exactly as COINr <c>winsorise</c>: while failing and fewer than
    /// <paramref name="limit"/> points are winsorised, the sign of the skew of the current values picks the end
    /// (skew ≥ 0: high); every value tied at the maximum (minimum) is replaced by the largest (smallest) of the
    /// others. The count is |last high set| + |last low set|, so ties can overshoot the limit. If the values then
    /// pass, that is the result.</item>
    /// <item>If not, the winsorising is discarded and <see cref="LogCT"/> is applied to the original values; that
    /// is the result even if it still fails.</item>
    /// </list>
    /// When the rule turns NA along the way (winsorising made the values constant), COINr returns the original
    /// values, and so does this.
    /// </summary>
    /// <param name="x">The values, NaN where missing.</param>
    /// <param name="treated">Output, same length as <paramref name="x"/> (may not overlap it); NaN stays NaN.</param>
    /// <param name="marks">
    /// Output, same length: +1 where a high value was pulled down (COINr "winhi"), −1 where a low value was pulled
    /// up ("winlo"), 0 elsewhere; all 0 unless the transform is <see cref="Winsorised"/>.
    /// </param>
    /// <param name="limit">COINr <c>winmax</c>, ≥ 0 (0 goes straight to log_CT for a failing indicator).</param>
    /// <param name="skewThreshold">COINr <c>skew_thresh</c> (default 2).</param>
    /// <param name="kurtosisThreshold">COINr <c>kurt_thresh</c> (default 3.5).</param>
    /// <exception cref="ArgumentException">The spans differ in length, or the output overlaps the input.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public static WinsorisationResult Treat(ReadOnlySpan<double> x, Span<double> treated, Span<sbyte> marks,
        int limit, double skewThreshold, double kurtosisThreshold)
    {
        if (treated.Length != x.Length || marks.Length != x.Length)
        {
            throw new ArgumentException("The output spans must have the length of the input.", nameof(treated));
        }

        if (x.Overlaps(treated))
        {
            throw new ArgumentException("The output may not overlap the input.", nameof(treated));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        x.CopyTo(treated);
        marks.Clear();
        var skew0 = Shape.Skewness(x);
        var kurt0 = Shape.Kurtosis(x);
        var pass = Passes(skew0, kurt0, skewThreshold, kurtosisThreshold);
        if (pass != false)
        {
            return new WinsorisationResult(NoTransform, skew0, kurt0, skew0, kurt0, pass, 0);
        }

        // First stage: winsorise in place. Bit 1 of a mark = in the last high set, bit 2 = in the last low set.
        var skew = skew0;
        var kurt = kurt0;
        var count = 0;
        while (pass == false && count < limit)
        {
            count = skew >= 0 ? Pull(treated, marks, high: true) : Pull(treated, marks, high: false);
            skew = Shape.Skewness(treated);
            kurt = Shape.Kurtosis(treated);
            pass = Passes(skew, kurt, skewThreshold, kurtosisThreshold);
        }

        if (pass == true)
        {
            foreach (ref var m in marks)
            {
                // COINr writes "winhi" first and "winlo" second, so low wins (the sets never overlap in practice).
                m = (m & 2) != 0 ? (sbyte)-1 : (m & 1) != 0 ? (sbyte)1 : (sbyte)0;
            }

            return new WinsorisationResult(Winsorised, skew0, kurt0, skew, kurt, true, count);
        }

        marks.Clear();
        if (pass is null)
        {
            // R errors inside the loop (caught by Treat.data.frame) or Treat.numeric sees NA: original values.
            x.CopyTo(treated);
            return new WinsorisationResult(NoTransform, skew0, kurt0, skew0, kurt0, null, 0);
        }

        // Second stage on the ORIGINAL values (combine_treat = FALSE).
        LogCT(x, treated);
        skew = Shape.Skewness(treated);
        kurt = Shape.Kurtosis(treated);
        pass = Passes(skew, kurt, skewThreshold, kurtosisThreshold);
        if (pass is null)
        {
            x.CopyTo(treated);
            return new WinsorisationResult(NoTransform, skew0, kurt0, skew0, kurt0, null, 0);
        }

        return new WinsorisationResult(LogTransform, skew0, kurt0, skew, kurt, pass, 0);
    }

    /// <summary>
    /// COINr <c>log_CT</c>: log(x − min + 0.01·(max − min)), min and max over non-NaN values. The minimum maps to
    /// log(0.01·range); a zero range gives −∞ at the minimum (as in R); NaN stays NaN.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void LogCT(ReadOnlySpan<double> x, Span<double> y)
    {
        if (y.Length != x.Length)
        {
            throw new ArgumentException("The output span must have the length of the input.", nameof(y));
        }

        var min = Moments.Min(x);
        var max = Moments.Max(x);
        var offset = 0.01 * (max - min);
        for (var i = 0; i < x.Length; i++)
        {
            y[i] = Math.Log(x[i] - min + offset);
        }
    }

    /// <summary>
    /// One winsorising step at one end: every value tied at the extreme becomes the extreme of the others. Returns
    /// the new count |high set| + |low set|. The values are not constant here (the rule was not NA).
    /// </summary>
    private static int Pull(Span<double> x, Span<sbyte> marks, bool high)
    {
        var extreme = high ? Moments.Max(x) : Moments.Min(x);
        var next = double.NaN;
        foreach (var v in x)
        {
            if (!double.IsNaN(v) && v != extreme && (double.IsNaN(next) || (high ? v > next : v < next)))
            {
                next = v;
            }
        }

        var bit = (sbyte)(high ? 1 : 2);
        var count = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == extreme)
            {
                x[i] = next;
                marks[i] |= bit;
            }
            else
            {
                marks[i] &= (sbyte)~bit;
            }

            count += (marks[i] & 1) + ((marks[i] & 2) >> 1);
        }

        return count;
    }
}
