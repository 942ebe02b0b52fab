using System.Globalization;
using System.Text.Json;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Sources.Readers;

/// <summary>Field access and series filters over JSON row objects, shared by the API-format readers.</summary>
internal static class JsonRows
{
    /// <summary>A property by path (<c>Dim1</c>, <c>country.id</c>); null when absent.</summary>
    public static JsonElement? Get(JsonElement row, string path)
    {
        var current = row;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>A property as text: strings as they are, numbers and booleans in their JSON form, null for null/absent.</summary>
    public static string? Text(JsonElement row, string path) => Get(row, path) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };

    /// <summary>True when every filter column of the series has its required value in <paramref name="row"/>.</summary>
    public static bool Matches(JsonElement row, SeriesEntry series) =>
        series.Filter.All(f => string.Equals(Text(row, f.Key), f.Value, StringComparison.Ordinal));

    /// <summary>A year from a JSON number or a string of digits; null for anything else ("2020Q1", "2015-2019").</summary>
    public static int? Year(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var y) => y,
        { ValueKind: JsonValueKind.String } s when int.TryParse(s.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) => y,
        _ => null,
    };

    /// <summary>The transformations a record carries for its series' scale.</summary>
    public static IReadOnlyList<string> Transformations(SeriesEntry series) =>
        series.Scale == 1 ? [] : [$"scaled by {series.Scale.ToString("R", CultureInfo.InvariantCulture)}"];

    /// <summary>
    /// Warns once per filter column that no row of the file has at all (a misspelt filter would silently drop
    /// every row).
    /// </summary>
    public static void CheckFilterColumns(IReadOnlyList<JsonElement> rows, SeriesEntry series, string file,
        string format, List<Diagnostic> diagnostics)
    {
        foreach (var column in series.Filter.Keys)
        {
            if (rows.Count > 0 && rows.All(r => Get(r, column) is null))
            {
                diagnostics.Add(Diagnostic.Error("source.unknown-filter-column",
                    $"The filter of series '{series.Indicator}' names '{column}', which no row of the file has.",
                    new SourceLocation(file, Field: $"filter.{column}"), column, $"a field of the {format} rows"));
            }
        }
    }
}
