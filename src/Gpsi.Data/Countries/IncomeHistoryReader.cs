using System.Collections.Frozen;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Countries;

/// <summary>Reads <c>wb_income_group_history_owid.csv</c>: country, iso3, year, income_code, income_group.</summary>
internal static class IncomeHistoryReader
{
    /// <summary>
    /// The history of the registry's countries; rows without iso3 (Czechoslovakia, Netherlands Antilles) and rows of
    /// non-countries (Channel Islands) are skipped; a bad year, an unknown label or a repeated country-year is an
    /// error naming the cell; null when there was any error or no row at all.
    /// </summary>
    public static IncomeHistory? Read(CsvTable table, IReadOnlyDictionary<string, Country> countries,
        EntityIndexBuilder codes, Action<CsvTable, CsvRow, int, string> warn, List<Diagnostic> diagnostics)
    {
        if (!ReferenceColumns.Find(table, ["iso3", "year", "income_group"], diagnostics, out var c))
        {
            return null;
        }

        var errors = Errors(diagnostics);
        var groups = new Dictionary<(string, int), string>();
        foreach (var row in table.Rows)
        {
            var code = row.Fields[c[0]].Trim();
            if (code.Length == 0)
            {
                continue;
            }

            var target = codes.Code(code);
            if (target is null)
            {
                warn(table, row, c[0], code);
                continue;
            }

            if (target.Country is not { } country || !countries.ContainsKey(country.Iso3.Value))
            {
                continue;
            }

            var yearText = row.Fields[c[1]].Trim();
            var label = row.Fields[c[2]].Trim();
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || year is < 1900 or > 2100)
            {
                diagnostics.Add(Diagnostic.Error("countries.bad-cell", "The year is not a year.",
                    table.Cell(row, c[1]), yearText, "a year such as 1987"));
            }
            else if (!ReferenceFiles.IncomeGroups.Contains(label))
            {
                diagnostics.Add(Diagnostic.Error("countries.bad-cell", "Unknown income group.", table.Cell(row, c[2]),
                    label, string.Join(", ", ReferenceFiles.IncomeGroups)));
            }
            else if (!groups.TryAdd((country.Iso3.Value, year), label))
            {
                diagnostics.Add(Diagnostic.Error("countries.duplicate-row",
                    $"{country.Iso3} already has an income group for {year}.", table.Cell(row, c[1]), yearText,
                    "one row per country and year"));
            }
        }

        if (groups.Count == 0 && Errors(diagnostics) == errors)
        {
            diagnostics.Add(Diagnostic.Error("countries.empty-history", "The income history has no country rows.",
                new SourceLocation(table.File, 1), null, "rows with iso3, year and income_group"));
        }

        if (Errors(diagnostics) > errors)
        {
            return null;
        }

        var years = groups.Keys.Select(k => k.Item2).ToList();
        return new IncomeHistory(groups.ToFrozenDictionary(), years.Min(), years.Max());
    }

    private static int Errors(List<Diagnostic> diagnostics) => diagnostics.Count(d => d.Severity == Severity.Error);
}
