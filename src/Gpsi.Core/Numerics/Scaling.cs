namespace Gpsi.Core.Numerics;

/// <summary>
/// Guards against overflow in formulas such as (x − min)/(max − min): when the magnitudes are so large that a
/// difference could overflow to ±∞, values are first scaled by an exact power of two (no rounding), which leaves
/// every scale-invariant normalisation unchanged.
/// </summary>
public static class Scaling
{
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
}
