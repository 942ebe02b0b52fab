using System.Text.Json;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads WHO GHO OData JSON (<see cref="SourceFormats.GhoOData"/>): <c>{"@odata.context": …, "value": [rows]}</c>. A
/// row of the series' indicator (<c>IndicatorCode</c> equal to the column, when the row has one) that passes the
/// series' filter (e.g. <c>{ Dim1: SEX_BTSX }</c>; any row field, dotted paths allowed) and has a numeric
/// <c>NumericValue</c> gives a record: <c>SpatialDim</c> as entity code (no name: GHO rows carry none; REGION,
/// WORLDBANKINCOMEGROUP and GLOBAL rows are aggregates for entity resolution to exclude), <c>TimeDim</c> as the year,
/// <see cref="ObservationFlags.Estimated"/> when <c>Low</c> or <c>High</c> is given. Null values are gaps. Invalid
/// JSON (line and column), an OData error body, a non-annual <c>TimeDim</c> and a non-numeric value are diagnostics.
/// </summary>
public sealed class GhoODataReader : ISourceReader
{
    /// <inheritdoc />
    public string Format => SourceFormats.GhoOData;

    /// <inheritdoc />
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var diagnostics = new List<Diagnostic>();
        var records = new List<SourceRecord>();
        using var file = JsonSourceFile.Load(path, displayPath, "GHO OData", diagnostics);
        if (file is null || Rows(file.Root, displayPath, diagnostics) is not { } rows)
        {
            return new SourceReadResult(records, diagnostics);
        }

        foreach (var series in entry.Series)
        {
            JsonRows.CheckFilterColumns(rows, series, displayPath, "GHO", diagnostics);
            var ofIndicator = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (JsonRows.Text(row, "IndicatorCode") is { } code && !string.Equals(code, series.Column, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                ofIndicator++;
                if (JsonRows.Matches(row, series)
                    && Record(row, series, displayPath, file.LineOfRow(i, rows.Count), diagnostics) is { } record)
                {
                    records.Add(record);
                }
            }

            if (ofIndicator == 0 && rows.Count > 0)
            {
                diagnostics.Add(Diagnostic.Warning("gho.no-rows",
                    $"No row of the file is indicator '{series.Column}' (series '{series.Indicator}').",
                    new SourceLocation(displayPath, Field: "column"),
                    string.Join(", ", rows.Select(r => JsonRows.Text(r, "IndicatorCode")).Distinct().Take(5)),
                    $"rows whose IndicatorCode is {series.Column}"));
            }
        }

        return new SourceReadResult(records, diagnostics);
    }

    private static List<JsonElement>? Rows(JsonElement root, string file, List<Diagnostic> diagnostics)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
        {
            diagnostics.Add(Diagnostic.Error("gho.api-error", "The file is a GHO API error, not data.",
                new SourceLocation(file, 1, 1), error.GetRawText(), "{\"value\": [rows]}"));
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("value", out var value)
            || value.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(Diagnostic.Error("gho.shape", "The file is not in the GHO OData shape.",
                new SourceLocation(file, 1, 1), root.ValueKind.ToString().ToLowerInvariant(),
                "an object with a \"value\" array of rows"));
            return null;
        }

        return [.. value.EnumerateArray()];
    }

    private static SourceRecord? Record(JsonElement row, SeriesEntry series, string file, int? line,
        List<Diagnostic> diagnostics)
    {
        var value = JsonRows.Get(row, "NumericValue");
        if (value is null or { ValueKind: JsonValueKind.Null })
        {
            return null;
        }

        var code = JsonRows.Text(row, "SpatialDim");
        var where = new SourceLocation(file, line, null, $"{code} {JsonRows.Text(row, "TimeDim")}");
        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            diagnostics.Add(Diagnostic.Error("gho.not-a-number", "A NumericValue is not a number.",
                where with { Field = "NumericValue" }, value.Value.GetRawText(), "a JSON number or null"));
            return null;
        }

        if (JsonRows.Year(JsonRows.Get(row, "TimeDim")) is not { } year)
        {
            diagnostics.Add(Diagnostic.Error("gho.not-a-year", "A row's TimeDim is not a year.",
                where with { Field = "TimeDim" }, JsonRows.Get(row, "TimeDim")?.GetRawText(), "a year such as 2019"));
            return null;
        }

        var bounded = JsonRows.Get(row, "Low") is { ValueKind: JsonValueKind.Number }
            || JsonRows.Get(row, "High") is { ValueKind: JsonValueKind.Number };
        return new SourceRecord(string.IsNullOrWhiteSpace(code) ? null : code, null, series.Indicator, year,
            number * series.Scale, line, null, bounded ? ObservationFlags.Estimated : ObservationFlags.None,
            JsonRows.Transformations(series));
    }
}
