using System.Text.Json;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads World Bank API v2 JSON (<see cref="SourceFormats.WorldBankJson"/>): <c>[{page, pages, …}, [rows]]</c>, one
/// page or all pages merged as <c>gpsi fetch</c> writes them. Each row with <c>indicator.id</c> equal to the series'
/// column (case-insensitive) and a numeric <c>value</c> gives a record: <c>countryiso3code</c> (blank → null) and
/// <c>country.value</c> as entity code and name, <c>date</c> as the year, the value times the series' scale, the row's
/// line. Rows with a null value are gaps and give nothing; aggregates (WLD, ARB, income groups) are passed on for
/// entity resolution to exclude. An API error body (<c>[{"message": [{id, key, value}]}]</c>), invalid JSON (with
/// line and column), a non-annual <c>date</c> and a non-numeric value are diagnostics.
/// </summary>
public sealed class WorldBankJsonReader : ISourceReader
{
    /// <inheritdoc />
    public string Format => SourceFormats.WorldBankJson;

    /// <inheritdoc />
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var diagnostics = new List<Diagnostic>();
        var records = new List<SourceRecord>();
        using var file = JsonSourceFile.Load(path, displayPath, "World Bank API", diagnostics);
        if (file is null || Rows(file.Root, displayPath, diagnostics) is not { } rows)
        {
            return new SourceReadResult(records, diagnostics);
        }

        foreach (var series in entry.Series)
        {
            JsonRows.CheckFilterColumns(rows, series, displayPath, "World Bank", diagnostics);
            var matched = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (!string.Equals(JsonRows.Text(row, "indicator.id"), series.Column, StringComparison.OrdinalIgnoreCase)
                    || !JsonRows.Matches(row, series))
                {
                    continue;
                }

                matched++;
                var line = file.LineOfRow(i, rows.Count);
                if (Record(row, series, displayPath, line, diagnostics) is { } record)
                {
                    records.Add(record);
                }
            }

            if (matched == 0 && rows.Count > 0)
            {
                var ids = rows.Select(r => JsonRows.Text(r, "indicator.id")).Distinct().Take(5);
                diagnostics.Add(Diagnostic.Warning("worldbank.no-rows",
                    $"No row of the file is indicator '{series.Column}' (series '{series.Indicator}').",
                    new SourceLocation(displayPath, Field: "column"), string.Join(", ", ids),
                    $"rows whose indicator.id is {series.Column}"));
            }
        }

        return new SourceReadResult(records, diagnostics);
    }

    private static List<JsonElement>? Rows(JsonElement root, string file, List<Diagnostic> diagnostics)
    {
        if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() >= 1 && root[0].ValueKind == JsonValueKind.Object
            && root[0].TryGetProperty("message", out var messages))
        {
            var text = messages.ValueKind == JsonValueKind.Array
                ? string.Join("; ", messages.EnumerateArray().Select(m =>
                    $"{JsonRows.Text(m, "id")} {JsonRows.Text(m, "key")}: {JsonRows.Text(m, "value")}"))
                : messages.GetRawText();
            diagnostics.Add(Diagnostic.Error("worldbank.api-error", "The file is a World Bank API error, not data.",
                new SourceLocation(file, 1, 1), text, "[paging, rows] as the API returns for a valid request"));
            return null;
        }

        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 2
            || root[1].ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
        {
            diagnostics.Add(Diagnostic.Error("worldbank.shape", "The file is not in the World Bank API shape.",
                new SourceLocation(file, 1, 1), root.ValueKind.ToString().ToLowerInvariant(),
                "a two-element array: [ {page, pages, total, …}, [rows] ]"));
            return null;
        }

        return root[1].ValueKind == JsonValueKind.Null ? [] : [.. root[1].EnumerateArray()];
    }

    private static SourceRecord? Record(JsonElement row, SeriesEntry series, string file, int? line,
        List<Diagnostic> diagnostics)
    {
        var value = JsonRows.Get(row, "value");
        if (value is null or { ValueKind: JsonValueKind.Null })
        {
            return null;
        }

        var code = JsonRows.Text(row, "countryiso3code");
        var name = JsonRows.Text(row, "country.value");
        var where = new SourceLocation(file, line, null, $"{code ?? name} {JsonRows.Text(row, "date")}");
        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            diagnostics.Add(Diagnostic.Error("worldbank.not-a-number", "A value is not a number.", where with { Field = "value" },
                value.Value.GetRawText(), "a JSON number or null"));
            return null;
        }

        if (JsonRows.Year(JsonRows.Get(row, "date")) is not { } year)
        {
            diagnostics.Add(Diagnostic.Error("worldbank.not-a-year", "A row's date is not a year.", where with { Field = "date" },
                JsonRows.Get(row, "date")?.GetRawText(), "an annual date such as \"2020\" (monthly and quarterly data are not read)"));
            return null;
        }

        return new SourceRecord(string.IsNullOrWhiteSpace(code) ? null : code, name, series.Indicator, year,
            number * series.Scale, line, null, ObservationFlags.None, JsonRows.Transformations(series));
    }
}
