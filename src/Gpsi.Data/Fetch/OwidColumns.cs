using Gpsi.Data.Sources;

namespace Gpsi.Data.Fetch;

/// <summary>
/// Which served CSV column a plan series reads. OWID renames short column names now and then; when the planned
/// column is gone but the chart has exactly one value column and the target one series, that column is taken (and the
/// catalogue notes the rename). Anything else is a failure naming what was served.
/// </summary>
internal static class OwidColumns
{
    public static readonly string[] KeyColumns = ["Entity", "Code", "Year"];

    /// <summary>The column to read for <paramref name="series"/>, or null when none fits.</summary>
    public static string? Resolve(SeriesEntry series, int seriesCount, IReadOnlyList<string> valueColumns) =>
        valueColumns.Contains(series.Column) ? series.Column
        : seriesCount == 1 && valueColumns.Count == 1 ? valueColumns[0]
        : null;
}
