namespace Gpsi.Core.Numerics;

/// <summary>Sample quantiles as R's <c>quantile(x, p, na.rm = TRUE)</c> with its default <c>type = 7</c>.</summary>
public static class Quantiles
{
    /// <summary>
    /// The type-7 quantile of the non-NaN values of <paramref name="x"/> (any order): with the n values sorted and
    /// h = 1 + (n − 1)·p, the value at ⌊h⌋ plus (h − ⌊h⌋) times the step to the next one (1-based). NaN when no value is
    /// available. Copies the values; use <see cref="Type7Sorted"/> on data already sorted.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in [0, 1].</exception>
    public static double Type7(ReadOnlySpan<double> x, double p)
    {
        CheckProbability(p);
        var n = Moments.Count(x);
        if (n == 0)
        {
            return double.NaN;
        }

        var buffer = n <= 256 ? stackalloc double[n] : new double[n];
        Moments.SortPresent(x, buffer);
        return Type7Sorted(buffer, p);
    }

    /// <summary>
    /// The type-7 quantile of <paramref name="sorted"/>, which must be ascending and free of NaN (not checked). NaN when
    /// empty. Follows R's arithmetic: (1 − f)·x[lo] + f·x[hi], and x[lo] itself when the two are equal.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not in [0, 1].</exception>
    public static double Type7Sorted(ReadOnlySpan<double> sorted, double p)
    {
        CheckProbability(p);
        var n = sorted.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        // R (quantile.default, type 7): index <- 1 + max(n - 1, 0) * probs; lo <- floor(index);
        // hi <- ceiling(index); qs <- x[lo]; where index > lo and x[hi] != qs: (1 - h) * qs + h * x[hi], h = index - lo.
        // The 1 + … is kept (1-based) because its rounding decides h.
        var index = 1 + ((n - 1) * p);
        var lo = Math.Floor(index);
        var h = index - lo;
        var q = sorted[(int)lo - 1];
        var upper = sorted[(int)Math.Ceiling(index) - 1];
        return h > 0 && upper != q ? ((1 - h) * q) + (h * upper) : q;
    }

    private static void CheckProbability(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability must be in [0, 1].");
        }
    }
}
