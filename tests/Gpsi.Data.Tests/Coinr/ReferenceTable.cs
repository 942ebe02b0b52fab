using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Tests.Coinr;

/// <summary>A COINr reference output (uCode + numeric columns) read for comparison.</summary>
internal sealed class ReferenceTable
{
    private ReferenceTable(CsvTable table) => Table = table;

    public CsvTable Table { get; }

    public IEnumerable<string> Columns => Table.Header.Skip(1);

    public IEnumerable<(string Unit, string Column, double Value)> Cells()
    {
        foreach (var row in Table.Rows)
        {
            for (var c = 1; c < Table.Header.Length; c++)
            {
                var diagnostics = new List<Diagnostic>();
                CsvCells.TryNumber(Table, row, c, diagnostics, out var value).ShouldBeTrue();
                yield return (row.Fields[0], Table.Header[c], value);
            }
        }
    }

    /// <summary>Where the csproj copies the Python-computed variant references (Coinr/Variants/*.csv).</summary>
    public static string VariantDirectory => Path.Combine(AppContext.BaseDirectory, "Coinr", "Variants");

    public static ReferenceTable Load(string file) => Read(SharedData.AsemReference(file));

    public static ReferenceTable LoadVariant(string file) => Read(Path.Combine(VariantDirectory, file));

    private static ReferenceTable Read(string path)
    {
        var diagnostics = new List<Diagnostic>();
        return new ReferenceTable(CsvTable.Read(path, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics)));
    }
}
