using System.Globalization;
using Gpsi.Data.Coinr;

namespace Gpsi.Data.Output;

/// <summary>How a table cell is written as text: numbers as R writes them (<see cref="RNumberFormat"/>), booleans as
/// <c>true</c>/<c>false</c>, null and non-finite numbers as the empty string.</summary>
internal static class OutputCells
{
    public static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => double.IsFinite(d) ? RNumberFormat.Format(d) : string.Empty,
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"Unsupported cell type {cell.GetType().Name}.", nameof(cell)),
    };

    /// <summary>Whether the cell is written as a number (in XLSX a numeric cell).</summary>
    public static bool IsNumber(object? cell) => cell is int || cell is double d && double.IsFinite(d);
}
