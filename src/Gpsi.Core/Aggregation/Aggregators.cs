namespace Gpsi.Core.Aggregation;

/// <summary>
/// Aggregation kernels for one unit: children's values <c>x</c> with weights <c>w</c>. NaN children are skipped and
/// their weights drop out (COINr's behaviour); the result is NaN when no child is available.
/// </summary>
public static class Aggregators
{
    /// <summary>Σwx/Σw over available children; COINr <c>a_amean</c>.</summary>
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

        return weight == 0 ? double.NaN : sum / weight;
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
    /// value is ≤ 0 and p ≤ 0 (the mean is undefined there).
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
                if (x[i] <= 0 && (p < 0 || x[i] < 0))
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
                return (values[i] + values[i + 1]) / 2;
            }

            if (cumulative > 0.5)
            {
                return values[i];
            }
        }

        return values[n - 1];
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
