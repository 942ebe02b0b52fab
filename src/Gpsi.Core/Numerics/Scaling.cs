namespace Gpsi.Core.Numerics;

/// <summary>
/// Guards against overflow in formulas such as (x − min)/(max − min): when the magnitudes are so large that a
/// difference could overflow to ±∞, values are first scaled by an exact power of two (no rounding), which leaves
/// every scale-invariant normalisation unchanged.
/// </summary>
public static class Scaling
{
    /// <summary>The half-width, in binary orders of magnitude, of the range <see cref="MomentExponent"/> leaves alone.</summary>
    public const int MomentWindow = 250;

    private const double Safe = 1e300; // differences of values below 1e300 cannot overflow

    /// <summary>
    /// The power-of-two exponent k such that x·2^k is safe for differences, or 0 when no scaling is needed.
    /// NaN and infinities are ignored.
    /// </summary>
    public static int SafeExponent(ReadOnlySpan<double> x)
    {
        var max = 0.0;
        foreach (var v in x)
        {
            var a = Math.Abs(v);
            if (a > max && double.IsFinite(a))
            {
                max = a;
            }
        }

        return max < Safe ? 0 : 996 - Math.ILogB(max);
    }

    /// <summary>
    /// The power-of-two exponent k such that sums of squares of (x − mean)·2^k can neither overflow nor underflow:
    /// 0 when the largest finite |x| lies within 2^±<see cref="MomentWindow"/> (so ordinary data are computed
    /// exactly as without scaling), otherwise the k that brings it into [1, 2). NaN and infinities are ignored.
    /// </summary>
    public static int MomentExponent(ReadOnlySpan<double> x)
    {
        var max = 0.0;
        foreach (var v in x)
        {
            var a = Math.Abs(v);
            if (a > max && double.IsFinite(a))
            {
                max = a;
            }
        }

        if (max == 0)
        {
            return 0;
        }

        var e = Math.ILogB(max);
        return e > MomentWindow || e < -MomentWindow ? -e : 0;
    }

    /// <summary>
    /// Scales <paramref name="x"/> by 2^<paramref name="k"/> into <paramref name="y"/> (exact unless the result is
    /// subnormal); NaN stays NaN.
    /// </summary>
    public static void ScaleInto(ReadOnlySpan<double> x, int k, Span<double> y)
    {
        if (y.Length != x.Length)
        {
            throw new ArgumentException("The output span must have the length of the input.", nameof(y));
        }

        for (var i = 0; i < x.Length; i++)
        {
            y[i] = Math.ScaleB(x[i], k);
        }
    }
}
