using System.Numerics;
using System.Runtime.Intrinsics;

namespace Gpsi.Data.Sources.Readers;

/// <summary>One field of a line: where its content sits, and whether it was quoted with doubled quotes inside.</summary>
internal readonly record struct GtdField(int Start, int Length, bool Escaped);

/// <summary>What splitting a line into fields found.</summary>
internal enum GtdSplit
{
    /// <summary>Exactly the expected number of fields.</summary>
    Ok,

    /// <summary>Fewer or more fields than the header.</summary>
    FieldCount,

    /// <summary>A quoted field with no closing quote before the end of the line.</summary>
    Unterminated,

    /// <summary>A closing quote followed by something other than a comma or the end of the line.</summary>
    AfterQuote,
}

/// <summary>
/// Splits one line (without its line break) into comma-separated fields, RFC 4180 quoting within the line: a field
/// that starts with <c>"</c> runs to the next single <c>"</c>, and <c>""</c> inside it is one quote. A quoted field
/// cannot span lines — that is what lets a file be split at any line break and read in parallel — so a quote still
/// open at the end of the line is reported as unterminated. A quote inside an unquoted field is kept as text.
/// </summary>
internal static class GtdFields
{
    /// <summary>
    /// Fills <paramref name="fields"/> (its length is the expected count). On failure <paramref name="count"/> is
    /// the 1-based field where the problem is (for <see cref="GtdSplit.FieldCount"/>: the fields found).
    /// </summary>
    public static GtdSplit Split(ReadOnlySpan<byte> line, Span<GtdField> fields, out int count)
    {
        count = 0;
        var p = 0;
        while (true)
        {
            if (count == fields.Length)
            {
                count = CountFields(line);
                return GtdSplit.FieldCount;
            }

            if (p < line.Length && line[p] == '"')
            {
                var q = p + 1;
                var escaped = false;
                while (true)
                {
                    var k = line[q..].IndexOf((byte)'"');
                    if (k < 0)
                    {
                        count++;
                        return GtdSplit.Unterminated;
                    }

                    q += k;
                    if (q + 1 < line.Length && line[q + 1] == '"')
                    {
                        escaped = true;
                        q += 2;
                        continue;
                    }

                    break;
                }

                fields[count++] = new GtdField(p + 1, q - p - 1, escaped);
                p = q + 1;
                if (p == line.Length)
                {
                    break;
                }

                if (line[p] != ',')
                {
                    return GtdSplit.AfterQuote;
                }

                p++;
                continue;
            }

            var comma = line[p..].IndexOf((byte)',');
            if (comma < 0)
            {
                fields[count++] = new GtdField(p, line.Length - p, false);
                break;
            }

            fields[count++] = new GtdField(p, comma, false);
            p += comma + 1;
        }

        if (count != fields.Length)
        {
            return GtdSplit.FieldCount;
        }

        return GtdSplit.Ok;
    }

    /// <summary>Bytes that <see cref="TrySplitPlain"/> may read from a line's start, whatever the line's length.</summary>
    public const int Window = 64;

    /// <summary>
    /// The fast path of <see cref="Split"/> for the common line: at most <see cref="Window"/> bytes, no quote, exactly
    /// the expected number of commas. Finds all commas with two 32-byte vector compares and fills
    /// <paramref name="fields"/> from the bit mask; returns false (nothing decided) for any other line, which then
    /// goes through <see cref="Split"/>. The caller guarantees that <see cref="Window"/> bytes from
    /// <paramref name="start"/> are readable memory (the reader's buffer is padded); bytes past
    /// <paramref name="length"/> are masked off.
    /// </summary>
    public static bool TrySplitPlain(ref byte start, int length, Span<GtdField> fields)
    {
        if (length > Window || !Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        var comma = Vector256.Create((byte)',');
        var quote = Vector256.Create((byte)'"');
        var low = Vector256.LoadUnsafe(ref start);
        ulong commas = Vector256.Equals(low, comma).ExtractMostSignificantBits();
        ulong quotes = Vector256.Equals(low, quote).ExtractMostSignificantBits();
        if (length > 32)
        {
            var high = Vector256.LoadUnsafe(ref start, 32);
            commas |= (ulong)Vector256.Equals(high, comma).ExtractMostSignificantBits() << 32;
            quotes |= (ulong)Vector256.Equals(high, quote).ExtractMostSignificantBits() << 32;
        }

        var mask = length == Window ? ulong.MaxValue : (1UL << length) - 1;
        commas &= mask;
        if ((quotes & mask) != 0 || BitOperations.PopCount(commas) != fields.Length - 1)
        {
            return false;
        }

        var from = 0;
        for (var f = 0; f < fields.Length - 1; f++)
        {
            var at = BitOperations.TrailingZeroCount(commas);
            fields[f] = new GtdField(from, at - from, false);
            from = at + 1;
            commas &= commas - 1;
        }

        fields[^1] = new GtdField(from, length - from, false);
        return true;
    }

    /// <summary>The content of a field: the bytes themselves, or with <c>""</c> undoubled into <paramref name="scratch"/>.</summary>
    public static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> line, GtdField field, Span<byte> scratch)
    {
        var raw = line.Slice(field.Start, field.Length);
        if (!field.Escaped)
        {
            return raw;
        }

        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            scratch[n++] = raw[i];
            if (raw[i] == '"')
            {
                i++; // the second quote of a pair
            }
        }

        return scratch[..n];
    }

    /// <summary>How many fields a line has, quote-aware (for diagnostics only; not on the fast path).</summary>
    public static int CountFields(ReadOnlySpan<byte> line)
    {
        var count = 1;
        var quoted = false;
        foreach (var b in line)
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (b == ',' && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
