namespace Gpsi.Core.Numerics;

/// <summary>Descriptive statistics over spans, ignoring NaN (R's <c>na.rm = TRUE</c>).</summary>
public static class Moments
{
    /// <summary>Number of non-NaN values.</summary>
    public static int Count(ReadOnlySpan<double> x)
    {
        var n = 0;
        foreach (var v in x)
        {
            n += double.IsNaN(v) ? 0 : 1;
        }

        return n;
    }

    /// <summary>Minimum of non-NaN values; NaN when there are none.</summary>
    public static double Min(ReadOnlySpan<double> x)
    {
        var m = double.NaN;
        foreach (var v in x)
        {
            if (!double.IsNaN(v) && !(v >= m))
            {
                m = v;
            }
        }

        return m;
    }

    /// <summary>Maximum of non-NaN values; NaN when there are none.</summary>
    public static double Max(ReadOnlySpan<double> x)
    {
        var m = double.NaN;
        foreach (var v in x)
        {
            if (!double.IsNaN(v) && !(v <= m))
            {
                m = v;
            }
        }

        return m;
    }

    /// <summary>Mean of non-NaN values; NaN when there are none. Summed in order, as R's <c>mean</c> does to ~1 ulp.</summary>
    public static double Mean(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }

        if (n == 0)
        {
            return double.NaN;
        }

        var mean = sum / n;
        // R refines the mean with a second pass (mean.default → .Internal(mean)): mean + Σ(x − mean)/n.
        var correction = 0.0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                correction += v - mean;
            }
        }

        return mean + (correction / n);
    }

    /// <summary>Sample standard deviation (n − 1) of non-NaN values; NaN when fewer than two.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        var n = 0;
        var ss = 0.0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                ss += d * d;
                n++;
            }
        }

        return n < 2 ? double.NaN : Math.Sqrt(ss / (n - 1));
    }

    /// <summary>Median of non-NaN values (mean of the two middle ones for even n); NaN when there are none.</summary>
    public static double Median(ReadOnlySpan<double> x)
    {
        var n = Count(x);
        if (n == 0)
        {
            return double.NaN;
        }

        var buffer = n <= 256 ? stackalloc double[n] : new double[n];
        SortPresent(x, buffer);
        return n % 2 == 1 ? buffer[n / 2] : (buffer[(n / 2) - 1] + buffer[n / 2]) / 2;
    }

    /// <summary>
    /// Copies the non-NaN values of <paramref name="x"/> into <paramref name="buffer"/> (sized to their count) and
    /// sorts them ascending.
    /// </summary>
    internal static void SortPresent(ReadOnlySpan<double> x, Span<double> buffer)
    {
        var k = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                buffer[k++] = v;
            }
        }

        buffer.Sort();
    }
}
