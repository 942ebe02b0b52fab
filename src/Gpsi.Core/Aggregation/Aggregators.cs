namespace Gpsi.Core.Aggregation;

/// <summary>
/// Aggregation kernels for one unit: children's values <c>x</c> with weights <c>w</c>. NaN children are skipped and
/// their weights drop out (COINr's behaviour); the result is NaN when no child is available.
/// </summary>
public static class Aggregators
{
    /// <summary>
    /// Σwx/Σw over available children; COINr <c>a_amean</c>. When Σwx overflows (values near ±double.MaxValue,
    /// where R returns ±Inf) it is recomputed with values and weights scaled by exact powers of two, so the mean of
    /// finite values is finite; otherwise the result is exactly the plain formula's.
    /// </summary>
    public static double ArithmeticMean(ReadOnlySpan<double> x, ReadOnlySpan<double> w)
    {
        double sum = 0, weight = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                sum += w[i] * x[i];
                weight += w[i];
            }
        }

        if (weight == 0)
        {
            return double.NaN;
        }

        return double.IsFinite(sum) && double.IsFinite(weight) ? sum / weight : ScaledMean(x, w, sum / weight);
    }

    /// <summary>
    /// exp(Σw·ln x/Σw) over available children; COINr <c>a_gmean</c>. Returns NaN when a value is ≤ 0 (the caller
    /// reports it): check with <see cref="FirstNonPositive"/> first.
    /// </summary>
    public static double GeometricMean(ReadOnlySpan<double> x, ReadOnlySpan<double> w)
    {
        double sum = 0, weight = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                if (x[i] <= 0)
                {
                    return double.NaN;
                }

                sum += w[i] * Math.Log(x[i]);
                weight += w[i];
            }
        }

        return weight == 0 ? double.NaN : Math.Exp(sum / weight);
    }

    /// <summary>Σw / Σ(w/x) over available children; COINr <c>a_hmean</c>. NaN when a value is ≤ 0.</summary>
    public static double HarmonicMean(ReadOnlySpan<double> x, ReadOnlySpan<double> w)
    {
        double sum = 0, weight = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                if (x[i] <= 0)
                {
                    return double.NaN;
                }

                sum += w[i] / x[i];
                weight += w[i];
            }
        }

        return weight == 0 ? double.NaN : weight / sum;
    }

    /// <summary>
    /// (Σw·x^p/Σw)^(1/p) over available children; COINr <c>a_genmean</c>. p = 0 is the geometric mean; NaN when a
    /// value is ≤ 0 and p ≤ 0 (the mean is undefined there; COINr errors). For p &gt; 0 negative values are computed
    /// as R's <c>^</c> does: an integer p raises them, and a negative base to a fractional power is NaN.
    /// NaN children are skipped as COINr documents (its code, summing without <c>na.rm</c>, would return NA).
    /// </summary>
    public static double GeneralisedMean(ReadOnlySpan<double> x, ReadOnlySpan<double> w, double p)
    {
        if (p == 0)
        {
            return GeometricMean(x, w);
        }

        double sum = 0, weight = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                if (p < 0 && x[i] <= 0)
                {
                    return double.NaN;
                }

                sum += w[i] * Math.Pow(x[i], p);
                weight += w[i];
            }
        }

        return weight == 0 ? double.NaN : Math.Pow(sum / weight, 1 / p);
    }

    /// <summary>
    /// Weighted median of available children: with weights normalised to sum 1 and values sorted, the smallest value
    /// whose cumulative weight reaches one half; when it reaches exactly one half, the mean of that value and the
    /// next. With equal weights this is the ordinary median.
    /// </summary>
    public static double Median(ReadOnlySpan<double> x, ReadOnlySpan<double> w)
    {
        Span<double> values = stackalloc double[x.Length];
        Span<double> weights = stackalloc double[x.Length];
        var n = 0;
        var total = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                values[n] = x[i];
                weights[n] = w[i];
                total += w[i];
                n++;
            }
        }

        if (n == 0 || total == 0)
        {
            return double.NaN;
        }

        values = values[..n];
        weights = weights[..n];
        values.Sort(weights);
        var cumulative = 0.0;
        for (var i = 0; i < n; i++)
        {
            cumulative += weights[i] / total;
            if (Math.Abs(cumulative - 0.5) < 1e-12 && i + 1 < n)
            {
                // (a + b)/2 as R's median does, halving first only where the sum would overflow.
                var pair = values[i] + values[i + 1];
                return double.IsFinite(pair) ? pair / 2 : (values[i] / 2) + (values[i + 1] / 2);
            }

            if (cumulative > 0.5)
            {
                return values[i];
            }
        }

        return values[n - 1];
    }

    /// <summary>
    /// Σwx/Σw with x scaled to below 1 and w to below 2 in magnitude (exact powers of two), kept within the values'
    /// range; <paramref name="plain"/> when a value or weight is itself infinite (no scaling helps; that is R's).
    /// </summary>
    private static double ScaledMean(ReadOnlySpan<double> x, ReadOnlySpan<double> w, double plain)
    {
        double maxX = 0, maxW = 0, low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                maxX = Math.Max(maxX, Math.Abs(x[i]));
                maxW = Math.Max(maxW, Math.Abs(w[i]));
                low = Math.Min(low, x[i]);
                high = Math.Max(high, x[i]);
            }
        }

        if (!double.IsFinite(maxX) || !double.IsFinite(maxW) || maxX == 0)
        {
            return plain;
        }

        var kx = -Math.ILogB(maxX) - 1;
        var kw = maxW > 0 ? -Math.ILogB(maxW) : 0;
        double sum = 0, weight = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]))
            {
                var wi = Math.ScaleB(w[i], kw);
                sum += wi * Math.ScaleB(x[i], kx);
                weight += wi;
            }
        }

        // A mean lies between the smallest and largest value; rounding near double.MaxValue must not carry it past.
        return Math.Clamp(Math.ScaleB(sum / weight, -kx), low, high);
    }

    /// <summary>Index of the first available value ≤ 0, or −1.</summary>
    public static int FirstNonPositive(ReadOnlySpan<double> x)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] <= 0)
            {
                return i;
            }
        }

        return -1;
    }
}
