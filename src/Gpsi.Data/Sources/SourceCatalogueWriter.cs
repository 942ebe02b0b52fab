using System.Text;
using Gpsi.Data.Yaml;

namespace Gpsi.Data.Sources;

/// <summary>
/// Writes source entries in the catalogue YAML shape (<c>sources:</c> → id, title, publisher, url, licence, file,
/// format, vintage, notes, options, series → indicator, column, unit, kind, range, scale, filter, years), the shape
/// <c>catalogue/sources.yaml</c> and a fetched snapshot's <c>catalogue.yaml</c> share.
/// </summary>
public static class SourceCatalogueWriter
{
    /// <summary>
    /// The entries as YAML, keys in the fixed order above. Empty notes, options and filter, a scale of 1 and null
    /// years are left out; a missing range bound is written <c>null</c>; text is quoted whenever a plain scalar could
    /// be misread (numbers, dates, URLs with <c>?</c>, leading punctuation). Lines end with <c>\n</c>. No entries give
    /// <c>sources: []</c>.
    /// </summary>
    public static string ToYaml(IEnumerable<SourceEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return "sources: []\n";
        }

        var text = new StringBuilder("sources:\n");
        foreach (var entry in list)
        {
            Line(text, "  - ", "id", entry.Id);
            Line(text, "    ", "title", entry.Title);
            Line(text, "    ", "publisher", entry.Publisher);
            Line(text, "    ", "url", entry.Url);
            Line(text, "    ", "licence", entry.Licence);
            Line(text, "    ", "file", entry.File);
            Line(text, "    ", "format", entry.Format);
            Line(text, "    ", "vintage", entry.Vintage);
            if (entry.Notes.Length > 0)
            {
                Line(text, "    ", "notes", entry.Notes);
            }

            if (entry.Options.Count > 0)
            {
                text.Append("    options: ").Append(Flow(entry.Options)).Append('\n');
            }

            if (entry.Series.Count == 0)
            {
                text.Append("    series: []\n");
                continue;
            }

            text.Append("    series:\n");
            foreach (var series in entry.Series)
            {
                Series(text, series);
            }
        }

        return text.ToString();
    }

    private static void Series(StringBuilder text, SeriesEntry series)
    {
        Line(text, "      - ", "indicator", series.Indicator);
        Line(text, "        ", "column", series.Column);
        Line(text, "        ", "unit", series.Unit);
        Line(text, "        ", "kind", series.Kind.ToString().ToLowerInvariant());
        text.Append("        range: [").Append(Bound(series.Min)).Append(", ").Append(Bound(series.Max)).Append("]\n");
        if (series.Scale != 1)
        {
            text.Append("        scale: ").Append(YamlScalars.Number(series.Scale)).Append('\n');
        }

        if (series.Filter.Count > 0)
        {
            text.Append("        filter: ").Append(Flow(series.Filter)).Append('\n');
        }

        if (series.Years is { } years)
        {
            Line(text, "        ", "years", years);
        }
    }

    private static void Line(StringBuilder text, string lead, string key, string value) =>
        text.Append(lead).Append(key).Append(": ").Append(YamlScalars.String(value, flow: false)).Append('\n');

    private static string Bound(double? value) => value is { } v ? YamlScalars.Number(v) : "null";

    private static string Flow(IReadOnlyDictionary<string, string> pairs) =>
        "{ " + string.Join(", ", pairs.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => YamlScalars.String(p.Key, flow: true) + ": " + YamlScalars.String(p.Value, flow: true))) + " }";
}
