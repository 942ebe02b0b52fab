using System.Globalization;

namespace Gpsi.Data.Coinr;

/// <summary>
/// Writes doubles as the shared COINr files are written: C's <c>%.15g</c>, or <c>%.17g</c> when 15 significant digits
/// would not read back as the same double. Trailing zeros are dropped, and scientific notation is used when the
/// decimal exponent is below −4 or at least the precision (<c>2e-06</c>, but <c>300000</c>). Files written this
/// way read back exactly and match COINr's files byte for byte.
/// </summary>
public static class RNumberFormat
{
    /// <summary>Formats <paramref name="value"/>; NaN is the empty string (a missing value in CSV).</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return string.Empty;
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Inf" : "-Inf";
        }

        if (value == 0)
        {
            return "0";
        }

        var precision = 15;
        var text = Digits(value, precision, out var mantissa, out var exponent);
        if (double.Parse(text, CultureInfo.InvariantCulture) != value)
        {
            precision = 17;
            Digits(value, precision, out mantissa, out exponent);
        }

        var negative = value < 0 ? "-" : string.Empty;
        return negative + (exponent < -4 || exponent >= precision
            ? Scientific(mantissa, exponent)
            : Fixed(mantissa, exponent));
    }

    private static string Digits(double value, int precision, out string mantissa, out int exponent)
    {
        var e = Math.Abs(value).ToString("E" + (precision - 1), CultureInfo.InvariantCulture); // d.dddE+xxx
        var mark = e.IndexOf('E', StringComparison.Ordinal);
        mantissa = e[..mark].Replace(".", string.Empty, StringComparison.Ordinal).TrimEnd('0');
        if (mantissa.Length == 0)
        {
            mantissa = "0";
        }

        exponent = int.Parse(e[(mark + 1)..], CultureInfo.InvariantCulture);
        return (value < 0 ? "-" : string.Empty) + e;
    }

    private static string Fixed(string mantissa, int exponent)
    {
        if (exponent >= 0)
        {
            var whole = mantissa.Length <= exponent + 1
                ? mantissa + new string('0', exponent + 1 - mantissa.Length)
                : mantissa[..(exponent + 1)];
            var fraction = mantissa.Length > exponent + 1 ? mantissa[(exponent + 1)..] : string.Empty;
            return fraction.Length == 0 ? whole : whole + "." + fraction;
        }

        return "0." + new string('0', -exponent - 1) + mantissa;
    }

    private static string Scientific(string mantissa, int exponent)
    {
        var head = mantissa.Length == 1 ? mantissa : mantissa[0] + "." + mantissa[1..];
        var sign = exponent < 0 ? "-" : "+";
        return $"{head}e{sign}{Math.Abs(exponent):00}";
    }
}
