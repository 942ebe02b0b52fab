using System.Globalization;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Csv;

/// <summary>Reads typed values out of CSV cells, turning a bad cell into a diagnostic that names it.</summary>
public static class CsvCells
{
    /// <summary>
    /// Parses a number. Empty, <c>NA</c> and <c>NaN</c> are missing (NaN). Anything else that is not an invariant
    /// culture number gives an error naming file, line and column, and returns false.
    /// </summary>
    public static bool TryNumber(CsvTable table, CsvRow row, int column, List<Diagnostic> diagnostics, out double value)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = row.Fields[column].Trim();
        if (text.Length == 0 || text is "NA" or "NaN")
        {
            value = double.NaN;
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value))
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error("csv.not-a-number", "A cell that should hold a number does not.",
            table.Cell(row, column), row.Fields[column], "a finite number such as 12.5 or 1e-3, or an empty cell"));
        value = double.NaN;
        return false;
    }
}
