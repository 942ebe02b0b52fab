using System.Buffers.Binary;

namespace Gpsi.Data.Sources.Readers;

/// <summary>What <see cref="GtdNumbers"/> made of a cell.</summary>
internal enum GtdNumberStatus
{
    /// <summary>A valid value.</summary>
    Ok,

    /// <summary>An empty cell: unknown.</summary>
    Blank,

    /// <summary>GTD's unknown code −99 (property value only).</summary>
    UnknownCode,

    /// <summary>Not a plain decimal number (letters, two points, an exponent, a sign alone …).</summary>
    NotANumber,

    /// <summary>A negative value where only non-negative values (or −99) are allowed.</summary>
    Negative,

    /// <summary>A count with more than 9 digits before or after the decimal point.</summary>
    OutOfRange,
}

/// <summary>
/// Exact parsing of GTD's numeric cells straight from UTF-8 bytes: decimals <c>[+-]digits[.digits][e±digits]</c>
/// (at least one mantissa digit; the GTD export writes some property values as <c>6e+05</c>), no spaces, no
/// thousands separators. Counts are returned as a whole part and billionths so
/// that sums are integer additions, exact and independent of the order in which rows are added.
/// </summary>
internal static class GtdNumbers
{
    /// <summary>Digits allowed before and after the point of a count (after trimming zeros that do not count).</summary>
    public const int CountDigits = 9;

    /// <summary>Billionths per unit: the fixed-point scale of <see cref="ParseCount"/>.</summary>
    public const long Nano = 1_000_000_000;

    /// <summary>
    /// A non-negative count such as <c>nkill</c>: <paramref name="whole"/> + <paramref name="nano"/>/10⁹. Leading
    /// zeros of the whole part and trailing zeros of the fraction do not count towards the 9-digit limits. "−0" is 0.
    /// </summary>
    public static GtdNumberStatus ParseCount(ReadOnlySpan<byte> s, out long whole, out long nano)
    {
        whole = 0;
        nano = 0;
        if (s.IsEmpty)
        {
            return GtdNumberStatus.Blank;
        }

        // Fast path: 1-4 plain digits, which is nearly every cell of a GTD file.
        if (s.Length <= 4)
        {
            var value = 0;
            var i = 0;
            for (; i < s.Length; i++)
            {
                var d = (uint)(s[i] - '0');
                if (d > 9)
                {
                    break;
                }

                value = (value * 10) + (int)d;
            }

            if (i == s.Length)
            {
                whole = value;
                return GtdNumberStatus.Ok;
            }
        }

        if (!Scan(s, out var number))
        {
            return GtdNumberStatus.NotANumber;
        }

        if (number.IsZero)
        {
            return GtdNumberStatus.Ok;
        }

        if (number.Negative)
        {
            return GtdNumberStatus.Negative;
        }

        if (number.IntegerDigits > CountDigits || number.FractionDigits > CountDigits)
        {
            return GtdNumberStatus.OutOfRange;
        }

        for (var k = number.Point - number.IntegerDigits; k < number.Point; k++)
        {
            whole = (whole * 10) + number.Digit(k);
        }

        for (var k = number.Point; k < number.Point + CountDigits; k++)
        {
            nano = (nano * 10) + number.Digit(k);
        }

        return GtdNumberStatus.Ok;
    }

    /// <summary>
    /// The GTD/GTI property-damage band of a <c>propvalue</c> cell in US$: 1 below 1 million, 2 from 1 million to
    /// below 1 billion, 3 from 1 billion (GTD codebook <c>propextent</c>: minor / major / catastrophic); 0 with
    /// <see cref="GtdNumberStatus.Blank"/> or <see cref="GtdNumberStatus.UnknownCode"/> for blank and −99 (also
    /// −99.0). The band depends only on the whole part, so it is exact for any number of digits.
    /// </summary>
    public static GtdNumberStatus ParseBand(ReadOnlySpan<byte> s, out int band)
    {
        band = 0;
        if (s.IsEmpty)
        {
            return GtdNumberStatus.Blank;
        }

        // Fast paths: the unknown code, and up to 6 plain digits (< 1,000,000).
        if (s.Length == 3 && s[0] == '-' && s[1] == '9' && s[2] == '9')
        {
            return GtdNumberStatus.UnknownCode;
        }

        if (s.Length <= 6 && IsDigits(s))
        {
            band = 1;
            return GtdNumberStatus.Ok;
        }

        if (!Scan(s, out var number))
        {
            return GtdNumberStatus.NotANumber;
        }

        if (number.Negative && !number.IsZero)
        {
            return number.FractionDigits == 0 && number.IntegerDigits == 2 && number.Digit(number.Point - 2) == 9
                && number.Digit(number.Point - 1) == 9
                ? GtdNumberStatus.UnknownCode
                : GtdNumberStatus.Negative;
        }

        band = number.IntegerDigits switch
        {
            <= 6 => 1, // < 1,000,000
            <= 9 => 2, // 1,000,000 … 999,999,999.99
            _ => 3, // ≥ 1,000,000,000
        };
        return GtdNumberStatus.Ok;
    }

    /// <summary>
    /// A year: one to four digits, no sign, greater than 0. Returns false for anything else.
    /// </summary>
    public static bool TryParseYear(ReadOnlySpan<byte> s, out int year)
    {
        year = 0;
        if (s.Length == 4)
        {
            // Four digits at once (SWAR): every byte minus '0' must stay below 10.
            var v = BinaryPrimitives.ReadUInt32LittleEndian(s) - 0x30303030u;
            if (((v | (v + 0x76767676u)) & 0x80808080u) != 0)
            {
                return false;
            }

            year = (int)(((v & 0xFF) * 1000) + (((v >> 8) & 0xFF) * 100) + (((v >> 16) & 0xFF) * 10) + (v >> 24));
            return year > 0;
        }

        if (s.IsEmpty || s.Length > 4)
        {
            return false;
        }

        foreach (var b in s)
        {
            var d = (uint)(b - '0');
            if (d > 9)
            {
                return false;
            }

            year = (year * 10) + (int)d;
        }

        return year > 0;
    }

    /// <summary>The exact decimal <paramref name="whole"/> + <paramref name="nano"/>/10⁹ as the nearest double.</summary>
    public static double ToDouble(long whole, long nano)
    {
        whole += nano / Nano;
        nano %= Nano;
        if (nano == 0 && Math.Abs(whole) < (1L << 53))
        {
            return whole;
        }

        // The decimal string is exact; double.Parse rounds it correctly (IEEE round-to-nearest).
        return double.Parse($"{whole}.{nano:D9}", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads <c>-?digits[.digits][(e|E)[+-]digits]</c> (at least one mantissa digit) without converting it: the
    /// mantissa digits stay in the text and the decimal point's position among them is computed, so any value is
    /// represented exactly. Exponents beyond ±100,000 saturate (the value is then far outside every limit anyway).
    /// </summary>
    private static bool Scan(ReadOnlySpan<byte> s, out GtdDecimal number)
    {
        number = default;
        var negative = s[0] == '-';
        var i = negative || s[0] == '+' ? 1 : 0;
        var integerStart = i;
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
        }

        var integerEnd = i;
        var fractionStart = i;
        if (i < s.Length && s[i] == '.')
        {
            fractionStart = ++i;
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
            }
        }

        var fractionEnd = i;
        if (integerEnd == integerStart && fractionEnd == fractionStart)
        {
            return false;
        }

        var exponent = 0;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            var exponentNegative = i < s.Length && s[i] == '-';
            if (i < s.Length && (s[i] == '-' || s[i] == '+'))
            {
                i++;
            }

            var exponentStart = i;
            while (i < s.Length && IsDigit(s[i]))
            {
                exponent = Math.Min((exponent * 10) + (s[i] - '0'), 100_000);
                i++;
            }

            if (i == exponentStart)
            {
                return false;
            }

            exponent = exponentNegative ? -exponent : exponent;
        }

        if (i != s.Length)
        {
            return false;
        }

        number = new GtdDecimal(s, negative, integerStart, integerEnd, fractionStart, fractionEnd, exponent);
        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool IsDigits(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
        {
            if (!IsDigit(b))
            {
                return false;
            }
        }

        return true;
    }

}
