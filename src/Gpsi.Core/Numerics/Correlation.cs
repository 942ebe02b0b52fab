namespace Gpsi.Core.Numerics;

/// <summary>
/// Covariance and correlation of two columns over their complete pairs, as R's
/// <c>cov</c>/<c>cor(x, y, use = "pairwise.complete.obs")</c>: a pair is used only when both values are present.
/// </summary>
public static class Correlation
{
    /// <summary>
    /// Sample covariance (n − 1) over the complete pairs; NaN when fewer than two. Means are taken over the same
    /// pairs, as R does.
    /// </summary>
    public static double Covariance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        CheckLengths(x, y);
        var n = Sums(x, y, out var sxy, out _, out _);
        return n < 2 ? double.NaN : sxy / (n - 1);
    }

    /// <summary>
    /// Pearson's r over the complete pairs; NaN when fewer than two pairs or when either column is constant over them
    /// (R gives NA with a warning). Clamped to [−1, 1] against rounding.
    /// </summary>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        CheckLengths(x, y);
        var n = Sums(x, y, out var sxy, out var sxx, out var syy);
        if (n < 2 || sxx == 0 || syy == 0)
        {
            return double.NaN;
        }

        return Math.Clamp(sxy / (Math.Sqrt(sxx) * Math.Sqrt(syy)), -1, 1);
    }

    /// <summary>
    /// Spearman's ρ: Pearson's r of the ranks, where — as R's <c>cor(method = "spearman", use =
    /// "pairwise.complete.obs")</c> — the ranks (ties get their average rank) are computed on the complete pairs only.
    /// NaN when fewer than two pairs or when either column is constant over them.
    /// </summary>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        CheckLengths(x, y);
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            n += double.IsNaN(x[i]) || double.IsNaN(y[i]) ? 0 : 1;
        }

        if (n < 2)
        {
            return double.NaN;
        }

        var a = n <= 128 ? stackalloc double[n] : new double[n];
        var b = n <= 128 ? stackalloc double[n] : new double[n];
        var k = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                a[k] = x[i];
                b[k] = y[i];
                k++;
            }
        }

        var keys = n <= 128 ? stackalloc double[n] : new double[n];
        var order = n <= 128 ? stackalloc int[n] : new int[n];
        AverageRanks(a, keys, order);
        AverageRanks(b, keys, order);
        return Pearson(a, b);
    }

    /// <summary>
    /// Replaces each value of <paramref name="x"/> (no NaN) by its rank, 1-based, ties getting the mean of their
    /// ranks (R's <c>rank(ties.method = "average")</c>). <paramref name="keys"/> and <paramref name="order"/> are
    /// scratch space of the same length.
    /// </summary>
    private static void AverageRanks(Span<double> x, Span<double> keys, Span<int> order)
    {
        x.CopyTo(keys);
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        keys.Sort(order);
        var start = 0;
        while (start < keys.Length)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            // Positions start..end−1 (0-based) share ranks start+1..end; their mean is (start + 1 + end) / 2.
            var rank = (start + 1 + end) / 2.0;
            for (var i = start; i < end; i++)
            {
                x[order[i]] = rank;
            }

            start = end;
        }
    }

    private static int Sums(ReadOnlySpan<double> x, ReadOnlySpan<double> y, out double sxy, out double sxx,
        out double syy)
    {
        double mx = 0, my = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                mx += x[i];
                my += y[i];
                n++;
            }
        }

        sxy = sxx = syy = 0;
        if (n == 0)
        {
            return 0;
        }

        mx /= n;
        my /= n;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i]))
            {
                var dx = x[i] - mx;
                var dy = y[i] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }

        return n;
    }

    private static void CheckLengths(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"The columns differ in length ({x.Length} and {y.Length}).", nameof(y));
        }
    }
}
