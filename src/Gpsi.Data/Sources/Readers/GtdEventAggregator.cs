using System.Globalization;
using System.Text;
using Gpsi.Core.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Streams a GTD event-level CSV (<c>nkill, nwound, propvalue, country_gtd, iso3, year</c>; one row per attack; blank =
/// unknown; <c>propvalue</c> −99 = unknown) and aggregates it per (iso3 — or country_gtd when iso3 is blank —, year)
/// into <see cref="GtdYearSummary"/>s. The file is read in fixed-size buffers, so memory depends on the number of
/// distinct country-years and not on the file's size; deaths and injuries are summed exactly.
/// </summary>
/// <remarks>
/// <para>Each problem is a diagnostic with file, line and 1-based column (field number): a wrong number of fields,
/// an unterminated quote or text after a closing quote, a year that is not 1–4 digits or an entity with neither code
/// nor name drop the row; a non-numeric, negative (other than propvalue −99) or over-long number makes that component
/// unknown for the row, which still counts as an incident. Empty lines are skipped. A UTF-8 byte-order mark is
/// ignored; lines may end in LF or CRLF, the last one may lack its line break.</para>
/// <para>Quoted fields follow RFC 4180 but cannot span lines. Line numbers are <see cref="int"/>: files of more than
/// 2³¹ lines are not supported.</para>
/// </remarks>
public static class GtdEventAggregator
{
    /// <summary>
    /// Aggregates the file at <paramref name="path"/>, naming <paramref name="displayPath"/> in diagnostics. Never
    /// throws for bad data or an unreadable file (that is a <c>gtd.unreadable</c> diagnostic).
    /// </summary>
    public static GtdAggregation Aggregate(string path, string displayPath, GtdAggregationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        options ??= GtdAggregationOptions.Default;
        var diagnostics = new List<Diagnostic>();
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read,
                FileOptions.SequentialScan);
            return Aggregate(handle, displayPath, options, diagnostics);
        }
        catch (Exception e) when (IsIo(e))
        {
            var inner = e is AggregateException a ? a.InnerExceptions[0] : e;
            diagnostics.Add(Diagnostic.Error("gtd.unreadable", $"Cannot read the file: {inner.Message}",
                new SourceLocation(displayPath), null, "a readable CSV file"));
            return new GtdAggregation([], diagnostics, 0, 0);
        }
    }

    private static GtdAggregation Aggregate(SafeFileHandle handle, string file, GtdAggregationOptions options,
        List<Diagnostic> diagnostics)
    {
        var length = RandomAccess.GetLength(handle);
        var (header, dataStart) = ReadHeader(handle, length);
        if (header.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error("gtd.empty", "The file has no header line.", new SourceLocation(file, 1), null,
                "a header line naming the columns " + string.Join(", ", GtdLayout.Required)));
            return new GtdAggregation([], diagnostics, 0, 0);
        }

        var layout = GtdLayout.Parse(header, file, diagnostics);
        if (layout is null)
        {
            return new GtdAggregation([], diagnostics, 0, 0);
        }

        var ranges = Ranges(handle, dataStart, length, options.Parallelism);
        var readers = ranges.Select(_ => new GtdChunkReader(layout, file, options.MaxDiagnostics)).ToArray();
        if (readers.Length == 1)
        {
            readers[0].Read(handle, ranges[0].Start, ranges[0].End, options.BufferSize);
        }
        else
        {
            Parallel.For(0, readers.Length, new ParallelOptions { MaxDegreeOfParallelism = readers.Length },
                i => readers[i].Read(handle, ranges[i].Start, ranges[i].End, options.BufferSize));
        }

        return Merge(readers, file, options.MaxDiagnostics, diagnostics);
    }

    /// <summary>The first line (without BOM and line break) and the offset of the line after it.</summary>
    private static (byte[] Header, long DataStart) ReadHeader(SafeFileHandle handle, long length)
    {
        var buffer = new byte[(int)Math.Min(length, 4096)];
        while (true)
        {
            var read = RandomAccess.Read(handle, buffer, 0);
            var data = buffer.AsSpan(0, read);
            var newline = data.IndexOf((byte)'\n');
            if (newline >= 0 || read < buffer.Length || read == length)
            {
                var end = newline >= 0 ? newline : read;
                var start = data.StartsWith("\uFEFF"u8) ? 3 : 0;
                var line = data[Math.Min(start, end)..end];
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line = line[..^1];
                }

                return (line.ToArray(), newline >= 0 ? newline + 1 : read);
            }

            buffer = new byte[(int)Math.Min(length, buffer.Length * 2L)];
        }
    }

    /// <summary>Splits [start, length) into up to <paramref name="parts"/> non-empty ranges of whole lines.</summary>
    private static List<(long Start, long End)> Ranges(SafeFileHandle handle, long start, long length, int parts)
    {
        var ranges = new List<(long Start, long End)>();
        var from = start;
        for (var k = 1; k < parts && from < length; k++)
        {
            var target = Math.Max(from, start + ((length - start) * k / parts));
            var to = NextLineStart(handle, target, length);
            if (to > from && to < length)
            {
                ranges.Add((from, to));
                from = to;
            }
        }

        ranges.Add((from, length));
        return ranges;
    }

    /// <summary>The offset just past the first line break at or after <paramref name="offset"/> − 1 (or the end).</summary>
    private static long NextLineStart(SafeFileHandle handle, long offset, long length)
    {
        Span<byte> block = stackalloc byte[4096];
        var position = Math.Max(0, offset - 1);
        while (position < length)
        {
            var read = RandomAccess.Read(handle, block, position);
            if (read == 0)
            {
                break;
            }

            var newline = block[..read].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return position + newline + 1;
            }

            position += read;
        }

        return length;
    }

    private static GtdAggregation Merge(GtdChunkReader[] readers, string file, int limit, List<Diagnostic> diagnostics)
    {
        var table = readers[0].Table;
        if (readers.Length > 1)
        {
            table = new GtdAccumulatorTable();
            foreach (var reader in readers)
            {
                for (var i = 0; i < reader.Table.Count; i++)
                {
                    ref var part = ref reader.Table[i];
                    table.Find(part.ByName, reader.Table.Key(part), part.Year, reader.Table.Name(part)).Add(part);
                }
            }
        }

        var lineBase = 1; // the header
        long problems = 0;
        long rows = 0;
        foreach (var reader in readers)
        {
            foreach (var d in reader.Problems.Kept)
            {
                if (diagnostics.Count < limit)
                {
                    diagnostics.Add(d with { Location = d.Location! with { Line = d.Location.Line + lineBase } });
                }
            }

            problems += reader.Problems.Total;
            rows += reader.Rows;
            lineBase += reader.Lines;
        }

        if (problems > diagnostics.Count)
        {
            diagnostics.Add(Diagnostic.Warning("gtd.more-problems",
                Text($"{problems - diagnostics.Count} more problems in this file are not listed (only the first {limit} are)."),
                new SourceLocation(file)));
        }

        var summaries = Summaries(table);
        long aggregated = 0, deathsUnknown = 0, injuriesUnknown = 0, propertyUnknown = 0;
        foreach (var s in summaries)
        {
            aggregated += s.Incidents;
            deathsUnknown += s.DeathsUnknown;
            injuriesUnknown += s.InjuriesUnknown;
            propertyUnknown += s.PropertyUnknown;
        }

        diagnostics.Add(Diagnostic.Info("gtd.summary",
            Text($"{aggregated} of {rows} events aggregated into {summaries.Count} country-years; ")
            + Text($"nkill unknown in {deathsUnknown}, nwound unknown in {injuriesUnknown}, ")
            + Text($"propvalue unknown in {propertyUnknown}."),
            new SourceLocation(file)));
        return new GtdAggregation(summaries, diagnostics, rows, aggregated);
    }

    private static List<GtdYearSummary> Summaries(GtdAccumulatorTable table)
    {
        var summaries = new List<(string Key, bool ByName, GtdYearSummary Summary)>(table.Count);
        for (var i = 0; i < table.Count; i++)
        {
            ref var t = ref table[i];
            var key = Encoding.UTF8.GetString(table.Key(t));
            var name = t.ByName ? key : t.NameLength == 0 ? null : Encoding.UTF8.GetString(table.Name(t));
            var summary = new GtdYearSummary(t.ByName ? null : key, name, t.Year, t.Incidents,
                GtdNumbers.ToDouble(t.KillWhole, t.KillNano), t.KillUnknown,
                GtdNumbers.ToDouble(t.WoundWhole, t.WoundNano), t.WoundUnknown, t.BandSum, t.PropertyUnknown);
            summaries.Add((key, t.ByName, summary));
        }

        return [.. summaries
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ThenBy(s => s.ByName)
            .ThenBy(s => s.Summary.Year)
            .Select(s => s.Summary)];
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static bool IsIo(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => true,
        AggregateException a => a.InnerExceptions.All(IsIo),
        _ => false,
    };
}
