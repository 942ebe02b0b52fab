using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Countries;

/// <summary>Finds the columns a reference table must have.</summary>
internal static class ReferenceColumns
{
    /// <summary>
    /// The indices of <paramref name="names"/> in the header; false with one error per missing column (located at
    /// line 1 of the file) when any is absent.
    /// </summary>
    public static bool Find(CsvTable table, string[] names, List<Diagnostic> diagnostics, out int[] columns)
    {
        columns = new int[names.Length];
        var ok = true;
        for (var i = 0; i < names.Length; i++)
        {
            columns[i] = table.ColumnOf(names[i]);
            if (columns[i] < 0)
            {
                diagnostics.Add(Diagnostic.Error("countries.missing-column",
                    $"The reference table has no column '{names[i]}'.", new SourceLocation(table.File, 1, 1),
                    string.Join(",", table.Header), $"a header with {string.Join(", ", names)}"));
                ok = false;
            }
        }

        return ok;
    }
}
