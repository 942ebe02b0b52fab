using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads one CSV file laid out as a <see cref="TableSpec"/> says, for every series of its catalogue entry. Rules shared
/// by all table formats: values are multiplied by <see cref="SeriesEntry.Scale"/> (recorded as a transformation when
/// not 1); a blank cell is missing (no record, no diagnostic); a cell that is not a number, a year that is not a whole
/// year in 1800–2100, a column named by the entry but absent, and malformed CSV are errors naming file, line and column.
/// </summary>
internal sealed class TableReading
{
    /// <summary>Option: the year of every row, for files that hold one edition (required where there is no year column).</summary>
    public const string YearOption = "year";

    /// <summary>Option: comma-separated cell texts that mean "missing" (e.g. <c>inf</c>, <c>..</c>).</summary>
    public const string MissingOption = "missing-values";

    /// <summary>Option: a prefix marking a minimum (<c>&gt;1000</c>): read as the number, flagged as an estimate.</summary>
    public const string AtLeastOption = "at-least-marker";

    private readonly TableSpec _spec;
    private readonly SourceEntry _entry;
    private readonly CsvTable _table;
    private readonly TableLayout _layout;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<SourceRecord> _records = [];
    private readonly int[] _years;
    private readonly string?[] _editions;

    private TableReading(TableSpec spec, SourceEntry entry, CsvTable table, TableLayout layout,
        List<Diagnostic> diagnostics)
    {
        _spec = spec;
        _entry = entry;
        _table = table;
        _layout = layout;
        _diagnostics = diagnostics;
        _years = new int[table.Rows.Length];
        _editions = new string?[table.Rows.Length];
    }

    /// <summary>Reads <paramref name="path"/> for every series of <paramref name="entry"/>; never throws for bad data.</summary>
    public static SourceReadResult Read(TableSpec spec, SourceEntry entry, string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(displayPath);
        var diagnostics = new List<Diagnostic>();
        var options = TableOptions.Read(spec, entry, displayPath, diagnostics);
        var table = options is null ? null : Load(path, displayPath, diagnostics);
        var layout = table is null ? null : TableLayout.Resolve(spec, entry, table, options!, diagnostics);
        if (layout is null)
        {
            return new SourceReadResult([], diagnostics);
        }

        var reading = new TableReading(spec, entry, table!, layout, diagnostics);
        foreach (var series in entry.Series)
        {
            reading.ReadSeries(series);
        }

        return new SourceReadResult(reading._records, diagnostics);
    }

    private static CsvTable? Load(string path, string displayPath, List<Diagnostic> diagnostics)
    {
        try
        {
            using var reader = new StreamReader(path);
            return CsvTable.Parse(reader, displayPath, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Add(Diagnostic.Error("data.unreadable", $"Cannot read the data file: {e.Message}",
                new SourceLocation(displayPath), path, "a readable CSV file"));
            return null;
        }
    }

    private void ReadSeries(SeriesEntry series)
    {
        var columns = new TableColumns(_spec, _entry, _table, _diagnostics);
        var who = $"series {series.Indicator}";
        int valueColumn;
        var keyColumn = -1;
        if (_spec.SeriesKey is null)
        {
            valueColumn = columns.Require(series.Column, who + ", column");
        }
        else
        {
            valueColumn = _layout.Value;
            keyColumn = KeyColumn(series, columns, who);
            if (keyColumn == -2)
            {
                return;
            }
        }

        var filters = new List<(int Column, string Value)>();
        foreach (var (column, value) in series.Filter)
        {
            filters.Add((columns.Require(column, who + ", filter"), value));
        }

        if (valueColumn < 0 || filters.Any(f => f.Column < 0) || !HasRequiredFilter(series))
        {
            return;
        }

        var transformations = Transformations(series);
        for (var i = 0; i < _table.Rows.Length; i++)
        {
            var row = _table.Rows[i];
            if ((keyColumn < 0 || Matches(row, keyColumn, series.Column)) && MatchesAll(row, filters))
            {
                ReadCell(series, i, valueColumn, transformations);
            }
        }
    }

    /// <summary>
    /// The indicator-dimension column whose cells must equal the series' column: −1 when the series takes every row
    /// (its column is the value column itself, e.g. <c>OBS_VALUE</c>); −2 after reporting the dimension missing.
    /// </summary>
    private int KeyColumn(SeriesEntry series, TableColumns columns, string who)
    {
        var key = _spec.SeriesKey!;
        if (series.Column == _spec.Value!.Defaults[0])
        {
            return -1;
        }

        return _layout.SeriesKey >= 0
            ? _layout.SeriesKey
            : columns.Require(key.Defaults[0],
                $"{who}: '{series.Column}' is a code of {key.Meaning}; set option {key.Option} to name its column");
    }

    private void ReadCell(SeriesEntry series, int index, int column, IReadOnlyList<string> transformations)
    {
        var row = _table.Rows[index];
        var text = row.Fields[column].Trim();
        if (text.Length == 0 || (_layout.Missing.Count > 0 && _layout.Missing.Contains(text)))
        {
            return;
        }

        var flags = ObservationFlags.None;
        string? note = null;
        var number = text;
        if (_layout.AtLeast is { } marker && text.StartsWith(marker, StringComparison.Ordinal))
        {
            number = text[marker.Length..].Trim();
            flags |= ObservationFlags.Estimated;
            note = $"'{text}' is a minimum, read as {number}";
        }

        if (!CellText.TryNumber(number, out var value) || !double.IsFinite(value * series.Scale))
        {
            _diagnostics.Add(Diagnostic.Error("data.not-a-number",
                $"Series {series.Indicator}: the cell should hold a number.", _table.Cell(row, column), row.Fields[column],
                "a number (invariant culture, e.g. 12.5 or 1e-3, finite after scaling) or an empty cell"));
            return;
        }

        if (Year(index) is not { } year)
        {
            return;
        }

        if (_editions[index] is { } edition)
        {
            transformations = [edition, .. transformations];
        }

        if (note is not null)
        {
            transformations = [note, .. transformations];
        }

        var code = Text(row, _layout.Code);
        string? name = Text(row, _layout.Name);
        if (_spec.LabelledCells && code is not null)
        {
            name ??= CellText.Label(code);
            code = CellText.Code(code, labelled: true);
        }

        flags |= _layout.Flags(row);
        var unit = Text(row, _layout.SourceUnit) is { } u ? CellText.Code(u, _spec.LabelledCells) : null;
        _records.Add(new SourceRecord(code, name, series.Indicator, year, value * series.Scale, row.Line, column + 1,
            flags, transformations, unit));
    }

    private int? Year(int index)
    {
        if (_layout.FixedYear is { } fixedYear)
        {
            return fixedYear;
        }

        var row = _table.Rows[index];
        if (_years[index] != 0)
        {
            return _years[index] > 0 ? _years[index] : null;
        }

        var text = row.Fields[_layout.Year].Trim();
        if (CellText.TryYear(text, out var year))
        {
            return _years[index] = year;
        }

        if (_spec.EditionYears && CellText.TryEdition(text, out year))
        {
            _editions[index] = $"edition {text} read as year {year}";
            return _years[index] = year;
        }

        _years[index] = -1;
        _diagnostics.Add(Diagnostic.Error("data.bad-year", "The year cell does not hold a usable year.",
            _table.Cell(row, _layout.Year), row.Fields[_layout.Year],
            $"a whole year from {CellText.FirstYear} to {CellText.LastYear}"
            + (_spec.EditionYears ? " or an edition such as 2017-2018" : string.Empty)));
        return null;
    }

    private bool HasRequiredFilter(SeriesEntry series)
    {
        if (_spec.RequiredFilter is not { } key || series.Filter.ContainsKey(key))
        {
            return true;
        }

        _diagnostics.Add(Diagnostic.Error("data.missing-filter",
            $"Series {series.Indicator} must say which '{key}' it takes: the {_spec.Format} file holds several.",
            new SourceLocation(_table.File, Field: $"source {_entry.Id}, series {series.Indicator}, filter"), null,
            $"filter: {{ {key}: … }}"));
        return false;
    }

    private bool MatchesAll(CsvRow row, List<(int Column, string Value)> filters)
    {
        foreach (var (column, value) in filters)
        {
            if (!Matches(row, column, value))
            {
                return false;
            }
        }

        return true;
    }

    private bool Matches(CsvRow row, int column, string value) =>
        CellText.Code(row.Fields[column].Trim(), _spec.LabelledCells) == value;

    private static string? Text(CsvRow row, int column) =>
        column >= 0 && row.Fields[column].Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The scaling text of a series, as one list shared by all its records.</summary>
    private static string[] Transformations(SeriesEntry series)
    {
        if (series.Scale == 1)
        {
            return [];
        }

        var text = "×" + CellText.Format(series.Scale);
        if (series.Min is { } min && series.Max is { } max)
        {
            text += $" ({CellText.Format(min / series.Scale)}–{CellText.Format(max / series.Scale)} → "
                + $"{CellText.Format(min)}–{CellText.Format(max)})";
        }

        return [text];
    }
}
