using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using CsvHelper;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Csv;

/// <summary>
/// A CSV file read whole: header and rows with line numbers, so every later diagnostic can name file, line and
/// column. Parsing is CsvHelper's (RFC 4180: quoted fields, embedded commas, quotes and line breaks).
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, ImmutableArray<string> header, ImmutableArray<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    /// <summary>The file name used in diagnostics.</summary>
    public string File { get; }

    /// <summary>The header fields.</summary>
    public ImmutableArray<string> Header { get; }

    /// <summary>The records after the header.</summary>
    public ImmutableArray<CsvRow> Rows { get; }

    /// <summary>The 0-based index of a header column, or −1.</summary>
    public int ColumnOf(string name) => _columns.GetValueOrDefault(name, -1);

    /// <summary>A location for a cell: file, line, 1-based column and the column's name.</summary>
    public SourceLocation Cell(CsvRow row, int column) =>
        new(File, row.Line, column + 1, $"column '{Header[column]}'");

    /// <summary>Reads <paramref name="path"/>; null with an error diagnostic when it cannot be read or parsed.</summary>
    public static CsvTable? Read(string path, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            using var reader = new StreamReader(path);
            return Parse(reader, path, diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error("csv.unreadable", $"Cannot read the file: {e.Message}",
                new SourceLocation(path), null, "a readable CSV file"));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(Diagnostic.Error("csv.unreadable", $"Cannot read the file: {e.Message}",
                new SourceLocation(path), null, "a readable CSV file"));
            return null;
        }
    }

    /// <summary>
    /// Parses CSV text. Rejects an empty file, a header with empty or repeated names, malformed quoting and rows
    /// whose field count differs from the header's, each with file and line.
    /// </summary>
    public static CsvTable? Parse(TextReader text, string file, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count;
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        ImmutableArray<string>? header = null;
        var rows = ImmutableArray.CreateBuilder<CsvRow>();
        try
        {
            using var reader = CsvReader.Create(text, options, leaveOpen: true);
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                }

                if (header is null)
                {
                    header = [.. fields];
                    CheckHeader(header.Value, file, diagnostics);
                    continue;
                }

                if (fields.Length != header.Value.Length)
                {
                    diagnostics.Add(Diagnostic.Error("csv.field-count",
                        $"Row has {fields.Length} fields but the header has {header.Value.Length}.",
                        new SourceLocation(file, line), fields.Length.ToString(CultureInfo.InvariantCulture),
                        $"{header.Value.Length} fields, one per header column"));
                    continue;
                }

                rows.Add(new CsvRow(line, ImmutableCollectionsMarshal.AsImmutableArray(fields)));
            }
        }
        catch (CsvFormatException e)
        {
            diagnostics.Add(Diagnostic.Error("csv.malformed", $"Malformed CSV: {e.Message}",
                new SourceLocation(file, e.LineNumber > 0 ? (int)e.LineNumber : null), null,
                "fields separated by commas and quoted as in RFC 4180"));
            return null;
        }

        if (header is null)
        {
            diagnostics.Add(Diagnostic.Error("csv.empty", "The file is empty.", new SourceLocation(file, 1), null,
                "a header row naming the columns"));
            return null;
        }

        return diagnostics.Skip(errors).Any(d => d.Severity == Severity.Error)
            ? null
            : new CsvTable(file, header.Value, rows.ToImmutable());
    }

    private static void CheckHeader(ImmutableArray<string> header, string file, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0 || !seen.Add(header[i]))
            {
                diagnostics.Add(Diagnostic.Error("csv.header",
                    header[i].Length == 0 ? "A header column has no name." : $"Column '{header[i]}' appears twice.",
                    new SourceLocation(file, 1, i + 1), header[i], "unique, non-empty column names"));
            }
        }
    }
}
