using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Panels;

/// <summary>
/// Reads a panel (units × variables × years) from a CSV file laid out as a recipe's <see cref="DataSource"/> says:
/// wide (COINr's iData: a row per unit and year, a column per variable) or long (a row per observation).
/// Every bad cell is an error naming file, line and column; nothing is returned unless the whole file is valid.
/// </summary>
public static class PanelReader
{
    /// <summary>Reads the file <paramref name="source"/> names, relative to <paramref name="baseDirectory"/>.</summary>
    public static Panel? Read(DataSource source, string baseDirectory, IReadOnlyList<PanelVariable> variables,
        List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        var path = Path.Combine(baseDirectory,
            source.File ?? throw new ArgumentException("A catalogue-based recipe has no data file to read.", nameof(source)));
        var table = CsvTable.Read(path, diagnostics);
        return table is null ? null : Read(table, source, variables, diagnostics);
    }

    /// <summary>Builds a panel from an already parsed table.</summary>
    public static Panel? Read(CsvTable table, DataSource source, IReadOnlyList<PanelVariable> variables,
        List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var unitColumn = Require(table, source.UnitColumn, "the unit code column", diagnostics);
        var timeColumn = source.TimeColumn is { } t ? table.ColumnOf(t) : -1;
        if (timeColumn < 0 && source.DefaultYear is null)
        {
            diagnostics.Add(Diagnostic.Error("data.no-time", $"No time column '{source.TimeColumn}'.",
                new SourceLocation(table.File, 1), string.Join(",", table.Header),
                "a year column, or data.default-year in the recipe"));
        }

        var collector = new Collector(table, source, diagnostics, unitColumn, timeColumn);
        if (source.Layout == DataLayout.Wide)
        {
            collector.ReadWide(variables);
        }
        else
        {
            collector.ReadLong();
        }

        return diagnostics.Count(d => d.Severity == Severity.Error) > errors ? null : collector.ToPanel();
    }

    private static int Require(CsvTable table, string column, string what, List<Diagnostic> diagnostics)
    {
        var index = table.ColumnOf(column);
        if (index < 0)
        {
            diagnostics.Add(Diagnostic.Error("data.missing-column", $"The file has no column '{column}' ({what}).",
                new SourceLocation(table.File, 1), string.Join(",", table.Header), $"a header column '{column}'"));
        }

        return index;
    }

    private sealed class Collector(CsvTable table, DataSource source, List<Diagnostic> diagnostics, int unitColumn,
        int timeColumn)
    {
        private readonly List<string> _units = [];
        private readonly Dictionary<string, int> _unitIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SortedDictionary<string, string>> _groups = new(StringComparer.Ordinal);
        private readonly List<string> _variables = [];
        private readonly Dictionary<string, int> _variableIndex = new(StringComparer.Ordinal);
        private readonly SortedSet<int> _years = [];
        private readonly Dictionary<(int Unit, int Variable, int Year), (double Value, int Line)> _cells = [];

        public void ReadWide(IReadOnlyList<PanelVariable> variables)
        {
            if (unitColumn < 0)
            {
                return;
            }

            var nameColumn = source.NameColumn is { } n ? table.ColumnOf(n) : -1;
            var groupColumns = new List<(string Code, int Column)>();
            foreach (var v in variables.Where(v => v.Role == VariableRole.Group))
            {
                var c = table.ColumnOf(v.Code);
                if (c < 0)
                {
                    diagnostics.Add(Diagnostic.Error("data.missing-column",
                        $"The recipe's group variable '{v.Code}' is not a column of the file.",
                        new SourceLocation(table.File, 1), string.Join(",", table.Header), $"a column '{v.Code}'"));
                    continue;
                }

                groupColumns.Add((v.Code, c));
            }

            var skip = new HashSet<int>([unitColumn, timeColumn, nameColumn, .. groupColumns.Select(g => g.Column)]);
            var valueColumns = Enumerable.Range(0, table.Header.Length).Where(c => !skip.Contains(c)).ToList();
            foreach (var c in valueColumns)
            {
                VariableOf(table.Header[c]);
            }

            var seen = new Dictionary<(string, int), int>();
            foreach (var row in table.Rows)
            {
                if (!TryUnitAndYear(row, out var unit, out var year))
                {
                    continue;
                }

                if (seen.TryGetValue((unit, year), out var first))
                {
                    diagnostics.Add(Diagnostic.Error("data.duplicate-row",
                        $"Unit '{unit}' has a second row for {year} (the first is on line {first}).",
                        table.Cell(row, unitColumn), unit, "one row per unit and year"));
                    continue;
                }

                seen[(unit, year)] = row.Line;
                var u = UnitOf(unit);
                if (nameColumn >= 0 && row.Fields[nameColumn].Length > 0)
                {
                    _names.TryAdd(unit, row.Fields[nameColumn]);
                }

                var groups = _groups.TryGetValue(unit, out var g) ? g : _groups[unit] = new(StringComparer.Ordinal);
                foreach (var (code, column) in groupColumns)
                {
                    if (row.Fields[column].Length > 0 && row.Fields[column] != "NA")
                    {
                        groups.TryAdd(code, row.Fields[column]);
                    }
                }

                foreach (var c in valueColumns)
                {
                    if (CsvCells.TryNumber(table, row, c, diagnostics, out var value) && !double.IsNaN(value))
                    {
                        _cells[(u, _variableIndex[table.Header[c]], year)] = (value, row.Line);
                    }
                }
            }
        }

        public void ReadLong()
        {
            var variableColumn = Require(table, source.VariableColumn, "the variable code column", diagnostics);
            var valueColumn = Require(table, source.ValueColumn, "the value column", diagnostics);
            if (unitColumn < 0 || variableColumn < 0 || valueColumn < 0)
            {
                return;
            }

            var nameColumn = source.NameColumn is { } n ? table.ColumnOf(n) : -1;
            foreach (var row in table.Rows)
            {
                if (!TryUnitAndYear(row, out var unit, out var year))
                {
                    continue;
                }

                var code = row.Fields[variableColumn].Trim();
                if (code.Length == 0)
                {
                    diagnostics.Add(Diagnostic.Error("data.empty-variable", "The variable code is empty.",
                        table.Cell(row, variableColumn), string.Empty, "an indicator or variable code"));
                    continue;
                }

                var u = UnitOf(unit);
                if (nameColumn >= 0 && row.Fields[nameColumn].Length > 0)
                {
                    _names.TryAdd(unit, row.Fields[nameColumn]);
                }

                var v = VariableOf(code);
                if (!CsvCells.TryNumber(table, row, valueColumn, diagnostics, out var value) || double.IsNaN(value))
                {
                    continue;
                }

                if (_cells.TryGetValue((u, v, year), out var existing))
                {
                    if (!existing.Value.Equals(value))
                    {
                        diagnostics.Add(Diagnostic.Error("data.conflicting-duplicate",
                            $"'{unit}', '{code}', {year} has two different values (line {existing.Line} has " +
                            $"{existing.Value.ToString("R", CultureInfo.InvariantCulture)}).",
                            table.Cell(row, valueColumn), row.Fields[valueColumn], "one value per unit, variable and year"));
                    }

                    continue;
                }

                _cells[(u, v, year)] = (value, row.Line);
            }
        }

        public Panel ToPanel()
        {
            var years = _years.ToImmutableArray();
            var unitAxis = new Axis(_units);
            var variableAxis = new Axis(_variables);
            var values = new double[_variables.Count * years.Length * _units.Count];
            Array.Fill(values, double.NaN);
            foreach (var ((u, v, year), (value, _)) in _cells)
            {
                values[(((v * years.Length) + years.IndexOf(year)) * _units.Count) + u] = value;
            }

            var units = _units.Select(code => new Unit(code, _names.GetValueOrDefault(code, code),
                _groups.TryGetValue(code, out var g) ? g.ToImmutableSortedDictionary(StringComparer.Ordinal)
                    : ImmutableSortedDictionary<string, string>.Empty)).ToImmutableArray();
            return new Panel(units, new DataSet("Panel", unitAxis, variableAxis, years, values));
        }

        private bool TryUnitAndYear(CsvRow row, out string unit, out int year)
        {
            unit = row.Fields[unitColumn].Trim();
            year = source.DefaultYear ?? 0;
            if (unit.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error("data.empty-unit", "The unit code is empty.",
                    table.Cell(row, unitColumn), string.Empty, "a unit code such as an ISO 3166-1 alpha-3 code"));
                return false;
            }

            if (timeColumn >= 0)
            {
                var text = row.Fields[timeColumn].Trim();
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out year)
                    || year is < 1000 or > 9999)
                {
                    diagnostics.Add(Diagnostic.Error("data.bad-year", "The time cell is not a year.",
                        table.Cell(row, timeColumn), text, "a four-digit year such as 2018"));
                    return false;
                }
            }

            _years.Add(year);
            return true;
        }

        private int UnitOf(string code)
        {
            if (!_unitIndex.TryGetValue(code, out var index))
            {
                index = _units.Count;
                _units.Add(code);
                _unitIndex[code] = index;
            }

            return index;
        }

        private int VariableOf(string code)
        {
            if (!_variableIndex.TryGetValue(code, out var index))
            {
                index = _variables.Count;
                _variables.Add(code);
                _variableIndex[code] = index;
            }

            return index;
        }
    }
}
