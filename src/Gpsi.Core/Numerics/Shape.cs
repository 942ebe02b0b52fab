namespace Gpsi.Core.Numerics;

/// <summary>
/// Skewness and excess kurtosis as e1071 type 2 (the sample estimators Excel and SPSS use, and COINr's
/// <c>skew</c>/<c>kurt</c>), ignoring NaN.
/// </summary>
public static class Shape
{
    /// <summary>
    /// With d = x − mean: g = √n·Σd³/(Σd²)^{3/2}, skew = g·√(n(n−1))/(n−2). NaN when n &lt; 3 or all values equal.
    /// </summary>
    public static double Skewness(ReadOnlySpan<double> x)
    {
        var n = Moments.Count(x);
        if (n < 3)
        {
            return double.NaN;
        }

        var mean = Moments.Mean(x);
        double s2 = 0, s3 = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                s2 += d * d;
                s3 += d * d * d;
            }
        }

        var g = Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5);
        return g * Math.Sqrt(n * (n - 1.0)) / (n - 2.0);
    }

    /// <summary>
    /// With r = n·Σd⁴/(Σd²)²: kurt = ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)). NaN when n &lt; 4 or all values equal.
    /// </summary>
    public static double Kurtosis(ReadOnlySpan<double> x)
    {
        var n = Moments.Count(x);
        if (n < 4)
        {
            return double.NaN;
        }

        var mean = Moments.Mean(x);
        double s2 = 0, s4 = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                var d2 = d * d;
                s2 += d2;
                s4 += d2 * d2;
            }
        }

        var r = n * s4 / (s2 * s2);
        return (((n + 1.0) * (r - 3.0)) + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
    }
}
