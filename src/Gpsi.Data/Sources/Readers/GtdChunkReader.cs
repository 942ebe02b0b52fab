using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads one byte range of a GTD events file — whole lines only — and adds every valid row to its own
/// <see cref="GtdAccumulatorTable"/>. The loop works on UTF-8 bytes in a pooled buffer and allocates nothing per row
/// (only when a new country-year appears or a problem is recorded). Line numbers are relative to the range.
/// </summary>
internal sealed class GtdChunkReader
{
    private readonly GtdLayout _layout;
    private readonly GtdField[] _fields;
    private byte[] _scratch = new byte[512];

    public GtdChunkReader(GtdLayout layout, string file, int maxDiagnostics)
    {
        _layout = layout;
        _fields = new GtdField[layout.FieldCount];
        Problems = new GtdProblems(file, maxDiagnostics);
    }

    /// <summary>The country-year totals of the rows read.</summary>
    public GtdAccumulatorTable Table { get; } = new();

    /// <summary>The problems found, with range-relative line numbers.</summary>
    public GtdProblems Problems { get; }

    /// <summary>Physical lines read (empty ones included).</summary>
    public int Lines { get; private set; }

    /// <summary>Non-empty lines read.</summary>
    public long Rows { get; private set; }

    /// <summary>
    /// Reads [<paramref name="start"/>, <paramref name="end"/>) of the file; <paramref name="start"/> is the start of
    /// a line and <paramref name="end"/> is just past a line break or the end of the file.
    /// </summary>
    public void Read(SafeFileHandle handle, long start, long end, int bufferSize)
    {
        // The buffer keeps GtdFields.Window spare bytes after the data, so the vectorised split may read a full
        // window from the start of any line.
        var buffer = ArrayPool<byte>.Shared.Rent(bufferSize + GtdFields.Window);
        try
        {
            var filled = 0;
            var position = start;
            var line = 0;
            while (true)
            {
                var capacity = buffer.Length - GtdFields.Window;
                if (filled == capacity)
                {
                    // One line longer than the buffer: grow (only such a line makes the buffer grow).
                    var larger = ArrayPool<byte>.Shared.Rent((capacity * 2) + GtdFields.Window);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                    capacity = buffer.Length - GtdFields.Window;
                }

                var want = (int)Math.Min(capacity - filled, end - position);
                var read = want > 0 ? RandomAccess.Read(handle, buffer.AsSpan(filled, want), position) : 0;
                position += read;
                filled += read;
                var data = buffer.AsSpan(0, filled);
                var consumed = 0;
                while (true)
                {
                    var newline = data[consumed..].IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        break;
                    }

                    ReadLine(data.Slice(consumed, newline), ++line);
                    consumed += newline + 1;
                }

                if (read == 0)
                {
                    if (consumed < filled)
                    {
                        ReadLine(data[consumed..], ++line); // the last line has no line break
                    }

                    break;
                }

                data[consumed..].CopyTo(buffer);
                filled -= consumed;
            }

            Lines = line;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Validates one line (without its <c>\n</c>; a trailing <c>\r</c> is dropped) and adds it. The line must lie in
    /// a buffer with <see cref="GtdFields.Window"/> readable bytes from its start (see <see cref="Read"/>).
    /// </summary>
    private void ReadLine(ReadOnlySpan<byte> line, int number)
    {
        if (line.Length > 0 && line[^1] == '\r')
        {
            line = line[..^1];
        }

        if (line.IsEmpty)
        {
            return;
        }

        Rows++;
        var fields = _fields;
        if (!GtdFields.TrySplitPlain(ref MemoryMarshal.GetReference(line), line.Length, fields))
        {
            var split = GtdFields.Split(line, fields, out var at);
            if (split != GtdSplit.Ok)
            {
                ReportSplit(split, line, number, at);
                return;
            }
        }

        var layout = _layout;
        var ok = true;
        var kill = GtdNumbers.ParseCount(Raw(line, fields[layout.Kill]), out var killWhole, out var killNano);
        if (kill > GtdNumberStatus.UnknownCode)
        {
            ReportCount(kill, line, fields[layout.Kill], layout.Kill, number);
        }

        var wound = GtdNumbers.ParseCount(Raw(line, fields[layout.Wound]), out var woundWhole, out var woundNano);
        if (wound > GtdNumberStatus.UnknownCode)
        {
            ReportCount(wound, line, fields[layout.Wound], layout.Wound, number);
        }

        var property = GtdNumbers.ParseBand(Raw(line, fields[layout.Property]), out var band);
        if (property > GtdNumberStatus.UnknownCode)
        {
            ReportProperty(property, line, fields[layout.Property], number);
        }

        if (!GtdNumbers.TryParseYear(Raw(line, fields[layout.Year]), out var year))
        {
            Problems.Error("gtd.year", "The year is not a year.", number, layout.Year + 1, layout.Names[layout.Year],
                Raw(line, fields[layout.Year]), "a year of 1 to 4 digits, such as 2014");
            ok = false;
        }

        var codeField = fields[layout.Code];
        var nameField = fields[layout.Name];
        var code = Raw(line, codeField);
        var name = Raw(line, nameField);
        if (codeField.Escaped || nameField.Escaped)
        {
            EnsureScratch(line.Length * 2);
            code = GtdFields.Content(line, codeField, _scratch.AsSpan(0, line.Length));
            name = GtdFields.Content(line, nameField, _scratch.AsSpan(line.Length, line.Length));
        }

        if (code.IsEmpty && name.IsEmpty)
        {
            Problems.Error("gtd.missing-entity", "The row has neither a country code nor a country name.", number,
                layout.Code + 1, layout.Names[layout.Code], code, "an iso3 code, or a country_gtd name when iso3 is blank");
            ok = false;
        }

        if (!ok)
        {
            return;
        }

        ref var totals = ref code.IsEmpty
            ? ref Table.Find(byName: true, name, year, name)
            : ref Table.Find(byName: false, code, year, name);
        totals.Incidents++;
        if (kill == GtdNumberStatus.Ok)
        {
            totals.KillWhole += killWhole;
            totals.KillNano += killNano;
        }
        else
        {
            totals.KillUnknown++;
        }

        if (wound == GtdNumberStatus.Ok)
        {
            totals.WoundWhole += woundWhole;
            totals.WoundNano += woundNano;
        }
        else
        {
            totals.WoundUnknown++;
        }

        if (property == GtdNumberStatus.Ok)
        {
            totals.BandSum += band;
        }
        else
        {
            totals.PropertyUnknown++;
        }
    }

    private static ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> line, GtdField field) =>
        line.Slice(field.Start, field.Length);

    private void EnsureScratch(int length)
    {
        if (_scratch.Length < length)
        {
            _scratch = new byte[Math.Max(length, _scratch.Length * 2)];
        }
    }

    private void ReportSplit(GtdSplit split, ReadOnlySpan<byte> line, int number, int at)
    {
        var expected = _layout.FieldCount;
        switch (split)
        {
            case GtdSplit.FieldCount:
                Problems.Error("gtd.field-count", $"The line has {at} fields but the header has {expected}.", number,
                    Math.Min(at, expected) + 1, null, line, $"{expected} fields, one per header column");
                break;
            case GtdSplit.Unterminated:
                Problems.Error("gtd.unterminated-quote",
                    "A quoted field is not closed before the end of the line (quoted fields cannot span lines).",
                    number, at, ColumnName(at), line, "a closing \" before the end of the line");
                break;
            default:
                Problems.Error("gtd.after-quote", "Text follows the closing quote of a quoted field.", number, at,
                    ColumnName(at), line, "a comma or the end of the line right after the closing \"");
                break;
        }
    }

    private string? ColumnName(int column) => column >= 1 && column <= _layout.Names.Count
        ? _layout.Names[column - 1]
        : null;

    private void ReportCount(GtdNumberStatus status, ReadOnlySpan<byte> line, GtdField field, int index, int number)
    {
        var name = _layout.Names[index];
        var (code, message, expected) = status switch
        {
            GtdNumberStatus.Negative => ("gtd.negative", $"{name} is negative.",
                "a count of 0 or more, or blank for unknown"),
            GtdNumberStatus.OutOfRange => ("gtd.out-of-range",
                $"{name} has more than {GtdNumbers.CountDigits} digits before or after the decimal point.",
                "a count below 1,000,000,000 with at most 9 decimals"),
            _ => ("gtd.not-a-number", $"{name} is not a number.",
                "a plain decimal number such as 3 or 8.5, or blank for unknown"),
        };
        Problems.Error(code, message, number, index + 1, name, Raw(line, field), expected);
    }

    private void ReportProperty(GtdNumberStatus status, ReadOnlySpan<byte> line, GtdField field, int number)
    {
        var index = _layout.Property;
        var name = _layout.Names[index];
        if (status == GtdNumberStatus.Negative)
        {
            Problems.Error("gtd.negative", $"{name} is negative but not the unknown code -99.", number, index + 1,
                name, Raw(line, field), "a value in US$ of 0 or more, or -99 or blank for unknown");
        }
        else
        {
            Problems.Error("gtd.not-a-number", $"{name} is not a number.", number, index + 1, name, Raw(line, field),
                "a plain decimal number in US$ such as 25000 or 3649.27, or -99 or blank for unknown");
        }
    }
}
