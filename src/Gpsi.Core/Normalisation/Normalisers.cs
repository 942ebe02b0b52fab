using System.Numerics;
using Gpsi.Core.Numerics;

namespace Gpsi.Core.Normalisation;

/// <summary>
/// The normalisation kernels over one indicator's values (directions already applied), NaN kept as NaN.
/// Each returns false when the values give no usable reference (zero range, no values, zero max), or when a result
/// would be ±∞ (a ratio too large to represent, such as x/max with max ≈ 0); the output is then NaN and the caller
/// raises a diagnostic. Magnitudes up to ±double.MaxValue never overflow: the scale-invariant methods rescale by an
/// exact power of two first (<see cref="Scaling"/>), which leaves ordinary data bit-identical to the plain formula.
/// </summary>
public static class Normalisers
{
    /// <summary>
    /// (x − min)/(max − min)·(u − l) + l; COINr <c>n_minmax</c>. The result is clamped to [l, u]: rounding in
    /// (u − l) + l can otherwise land one ulp outside the bounds (COINr does not clamp; the difference is that ulp).
    /// </summary>
    public static bool MinMax(ReadOnlySpan<double> x, Span<double> y, double lower, double upper)
    {
        // Fast path, one pass for the reference and one for the output, four values at a time: magnitudes that
        // cannot overflow a difference and a finite output width (every real indicator). Each value goes through
        // the same IEEE operations as the scalar formula, so results are bit-identical. The output cannot leave
        // [l, u] by more than rounding, which the clamp removes, and cannot be ±∞.
        var (min, max, n) = Bounds(x);
        var width = upper - lower;
        if (n > 0 && Math.Max(Math.Abs(min), Math.Abs(max)) < 1e300 && double.IsFinite(width))
        {
            var range = max - min;
            if (!(range > 0))
            {
                y.Fill(double.NaN);
                return false;
            }

            var (low, high) = lower <= upper ? (lower, upper) : (upper, lower);
            var i = 0;
            if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
            {
                var vmin = new Vector<double>(min);
                var vrange = new Vector<double>(range);
                var vwidth = new Vector<double>(width);
                var vlower = new Vector<double>(lower);
                var vlow = new Vector<double>(low);
                var vhigh = new Vector<double>(high);
                for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
                {
                    var v = new Vector<double>(x[i..]);
                    var r = (((v - vmin) / vrange) * vwidth) + vlower;
                    r = Vector.ConditionalSelect(Vector.LessThan(r, vlow), vlow, r);
                    r = Vector.ConditionalSelect(Vector.GreaterThan(r, vhigh), vhigh, r);
                    r.CopyTo(y[i..]); // NaN compares false both ways, so it passes through
                }
            }

            for (; i < x.Length; i++)
            {
                var v = (((x[i] - min) / range) * width) + lower;
                y[i] = v < low ? low : v > high ? high : v;
            }

            return true;
        }

        return MinMaxScaled(x, y, lower, upper);
    }

    /// <summary>Minimum, maximum and count of the non-NaN values (±∞ and 0 when there are none).</summary>
    private static (double Min, double Max, int Count) Bounds(ReadOnlySpan<double> x)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var n = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var vmin = new Vector<double>(double.PositiveInfinity);
            var vmax = new Vector<double>(double.NegativeInfinity);
            var count = Vector<long>.Zero;
            for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var v = new Vector<double>(x[i..]);
                var present = Vector.Equals(v, v); // false for NaN
                vmin = Vector.ConditionalSelect(present & Vector.LessThan(v, vmin), v, vmin);
                vmax = Vector.ConditionalSelect(present & Vector.GreaterThan(v, vmax), v, vmax);
                count -= present; // a true lane is all ones, i.e. −1
            }

            for (var k = 0; k < Vector<double>.Count; k++)
            {
                min = vmin[k] < min ? vmin[k] : min;
                max = vmax[k] > max ? vmax[k] : max;
                n += (int)count[k];
            }
        }

        for (; i < x.Length; i++)
        {
            var v = x[i];
            if (!double.IsNaN(v))
            {
                min = v < min ? v : min;
                max = v > max ? v : max;
                n++;
            }
        }

        return (min, max, n);
    }

    private static bool MinMaxScaled(ReadOnlySpan<double> x, Span<double> y, double lower, double upper)
    {
        var k = Scaling.SafeExponent(x);
        var min = Math.ScaleB(Moments.Min(x), k);
        var max = Math.ScaleB(Moments.Max(x), k);
        var range = max - min;
        if (!(range > 0) || double.IsInfinity(range))
        {
            y.Fill(double.NaN);
            return false;
        }

        var width = upper - lower;
        var (low, high) = lower <= upper ? (lower, upper) : (upper, lower);
        for (var i = 0; i < x.Length; i++)
        {
            var v = (((Math.ScaleB(x[i], k) - min) / range) * width) + lower;
            y[i] = double.IsNaN(v) ? v : Math.Clamp(v, low, high);
        }

        return AllFinite(x, y);
    }

    /// <summary>
    /// (x − mean)/sd·s + m with sd over n − 1; COINr <c>n_zscore</c>. Values beyond 2^±250 are rescaled first
    /// (<see cref="Scaling.MomentExponent"/>) so that the sum of squares neither overflows nor underflows.
    /// </summary>
    public static bool ZScore(ReadOnlySpan<double> x, Span<double> y, double mean, double sd)
    {
        var k = Scaling.MomentExponent(x);
        Span<double> scaled = x.Length <= 512 ? stackalloc double[x.Length] : new double[x.Length];
        Scaling.ScaleInto(x, k, scaled);

        var mu = Moments.Mean(scaled);
        var sigma = Moments.StandardDeviation(scaled);
        if (!(sigma > 0) || double.IsInfinity(sigma))
        {
            y.Fill(double.NaN);
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            y[i] = (((scaled[i] - mu) / sigma) * sd) + mean;
        }

        return AllFinite(x, y);
    }

    /// <summary>Ascending rank (smallest = 1), ties at the minimum rank, NaN kept; COINr <c>n_rank</c>.</summary>
    public static bool Rank(ReadOnlySpan<double> x, Span<double> y)
    {
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                y[i] = double.NaN;
                continue;
            }

            n++;
            var below = 1;
            foreach (var v in x)
            {
                below += v < x[i] ? 1 : 0;
            }

            y[i] = below;
        }

        return n > 0;
    }

    /// <summary>Rank − 1; COINr <c>n_borda</c>.</summary>
    public static bool Borda(ReadOnlySpan<double> x, Span<double> y)
    {
        var ok = Rank(x, y);
        for (var i = 0; i < y.Length; i++)
        {
            y[i] -= 1;
        }

        return ok;
    }

    /// <summary>(rank − 1)/(n − 1) where n counts non-NaN values; COINr <c>n_prank</c>.</summary>
    public static bool PercentileRank(ReadOnlySpan<double> x, Span<double> y)
    {
        var n = Moments.Count(x);
        if (n < 2)
        {
            y.Fill(double.NaN);
            return false;
        }

        Rank(x, y);
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = (y[i] - 1) / (n - 1);
        }

        return true;
    }

    /// <summary>
    /// (x − lo)/(hi − lo), truncated to [0, 1] when asked, times <paramref name="scale"/>. For a negative direction
    /// pass the reversed goalposts (lo = −hi, hi = −lo on direction-adjusted values). Returns false when lo = hi.
    /// </summary>
    public static bool Goalposts(ReadOnlySpan<double> x, Span<double> y, double lo, double hi, double scale,
        bool truncate)
    {
        var range = hi - lo;
        if (range == 0 || !double.IsFinite(range))
        {
            y.Fill(double.NaN);
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            var v = (x[i] - lo) / range;
            if (truncate)
            {
                v = Math.Clamp(v, 0, 1);
            }

            y[i] = v * scale;
        }

        return AllFinite(x, y);
    }

    /// <summary>1 − (max − x)/(max − min); COINr <c>n_dist2max</c>.</summary>
    public static bool DistanceToMax(ReadOnlySpan<double> x, Span<double> y)
    {
        var k = Scaling.SafeExponent(x);
        var min = Math.ScaleB(Moments.Min(x), k);
        var max = Math.ScaleB(Moments.Max(x), k);
        var range = max - min;
        if (!(range > 0) || double.IsInfinity(range))
        {
            y.Fill(double.NaN);
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            y[i] = 1 - ((max - Math.ScaleB(x[i], k)) / range);
        }

        return true;
    }

    /// <summary>
    /// x / max; COINr <c>n_fracmax</c>. Returns false when max is 0 or missing, or when a ratio overflows (a max
    /// near 0 beside large negative values).
    /// </summary>
    public static bool FractionOfMax(ReadOnlySpan<double> x, Span<double> y)
    {
        var max = Moments.Max(x);
        if (max == 0 || double.IsNaN(max))
        {
            y.Fill(double.NaN);
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            y[i] = x[i] / max;
        }

        return AllFinite(x, y);
    }

    /// <summary>
    /// (x − min)/(target − min), capped at 1 when <paramref name="cap"/>; COINr <c>n_dist2targ</c>.
    /// Returns false when target = min, or when a ratio overflows (a target very close to min).
    /// </summary>
    public static bool DistanceToTarget(ReadOnlySpan<double> x, Span<double> y, double target, bool cap)
    {
        var k = Math.Min(Scaling.SafeExponent(x), Scaling.SafeExponent([target]));
        var min = Math.ScaleB(Moments.Min(x), k);
        var t = Math.ScaleB(target, k);
        var range = t - min;
        if (range == 0 || !double.IsFinite(range))
        {
            y.Fill(double.NaN);
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            var v = (Math.ScaleB(x[i], k) - min) / range;
            y[i] = cap ? Math.Min(v, 1) : v;
        }

        return AllFinite(x, y);
    }

    /// <summary>
    /// False (and all NaN) when an output is ±∞ or NaN although its input was finite: the ratio cannot be
    /// represented (or the method's own parameters, such as bounds of ±1e308, overflow).
    /// </summary>
    private static bool AllFinite(ReadOnlySpan<double> x, Span<double> y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]) && double.IsFinite(x[i]))
            {
                y.Fill(double.NaN);
                return false;
            }
        }

        return true;
    }
}
