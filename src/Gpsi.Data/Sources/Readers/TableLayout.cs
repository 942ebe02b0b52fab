using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// The columns of one file resolved for its <see cref="TableSpec"/> (0-based; −1 when the layout has no such column),
/// together with its <see cref="TableOptions"/>.
/// </summary>
internal sealed record TableLayout(
    int Code,
    int Name,
    int Year,
    int SeriesKey,
    int Value,
    int SourceUnit,
    int Status,
    ImmutableArray<int> Bounds,
    int? FixedYear,
    ImmutableHashSet<string> Missing,
    string? AtLeast)
{
    /// <summary>Resolves every column; null (with diagnostics at line 1) when a required one is missing.</summary>
    public static TableLayout? Resolve(TableSpec spec, SourceEntry entry, CsvTable table, TableOptions options,
        List<Diagnostic> diagnostics)
    {
        if (!spec.FirstColumn.IsEmpty && !spec.FirstColumn.Any(name =>
                table.Header[0] == name || table.Header[0].StartsWith(name + ":", StringComparison.Ordinal)))
        {
            diagnostics.Add(Diagnostic.Error("data.missing-column",
                $"A {spec.Format} file starts with a {string.Join(" or ", spec.FirstColumn)} column.",
                new SourceLocation(table.File, 1, 1, $"column '{table.Header[0]}'"), table.Header[0],
                string.Join(" or ", spec.FirstColumn) + " as the first column"));
            return null;
        }

        var columns = new TableColumns(spec, entry, table, diagnostics);
        var layout = new TableLayout(
            columns.Resolve(spec.Code),
            columns.Resolve(spec.Name),
            options.Year is null ? columns.Resolve(spec.Year) : -1,
            columns.Resolve(spec.SeriesKey),
            columns.Resolve(spec.Value),
            columns.Resolve(spec.SourceUnit),
            columns.Resolve(spec.Status),
            [.. spec.Bounds.Select(columns.Resolve)],
            options.Year,
            options.Missing,
            options.AtLeast);
        int[] all = [layout.Code, layout.Name, layout.Year, layout.SeriesKey, layout.Value, layout.SourceUnit,
            layout.Status, .. layout.Bounds];
        return all.Any(c => c == -2) ? null : layout;
    }

    /// <summary>The flags a row's own columns imply: an <c>E</c> status or any filled bound makes an estimate.</summary>
    public ObservationFlags Flags(CsvRow row)
    {
        if (Status >= 0 && CellText.Code(row.Fields[Status].Trim(), labelled: true) == "E")
        {
            return ObservationFlags.Estimated;
        }

        foreach (var bound in Bounds)
        {
            if (bound >= 0 && !string.IsNullOrWhiteSpace(row.Fields[bound]))
            {
                return ObservationFlags.Estimated;
            }
        }

        return ObservationFlags.None;
    }
}
