using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// The options of a catalogue entry that every table format shares (<c>year</c>, <c>missing-values</c>,
/// <c>at-least-marker</c>), after checking that every option key is one the format (or the loader) knows.
/// </summary>
/// <param name="Year">The year of every row, or null to read the year column.</param>
/// <param name="Missing">Cell texts read as missing besides the empty cell.</param>
/// <param name="AtLeast">The prefix that marks a minimum, or null.</param>
internal sealed record TableOptions(int? Year, ImmutableHashSet<string> Missing, string? AtLeast)
{
    /// <summary>The options of <paramref name="entry"/>; null after an error (unknown key, bad or missing year).</summary>
    public static TableOptions? Read(TableSpec spec, SourceEntry entry, string displayPath,
        List<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count;
        var accepted = spec.OptionKeys.Append(Loading.DataLoader.SameCountryRowsOption).ToList();
        foreach (var key in entry.Options.Keys)
        {
            if (!accepted.Contains(key))
            {
                var hint = Suggestions.Closest(key, accepted) is { } near ? $"; did you mean '{near}'?" : ".";
                diagnostics.Add(Diagnostic.Error("data.unknown-option",
                    $"Source {entry.Id}: format {spec.Format} has no option '{key}'{hint}",
                    Where(entry, displayPath, key), key, "one of " + string.Join(", ", accepted)));
            }
        }

        int? year = null;
        if (entry.Options.TryGetValue(TableReading.YearOption, out var yearText))
        {
            if (CellText.TryYear(yearText.Trim(), out var y))
            {
                year = y;
            }
            else
            {
                diagnostics.Add(Diagnostic.Error("data.bad-option", $"Source {entry.Id}: option year is not a year.",
                    Where(entry, displayPath, TableReading.YearOption), yearText,
                    $"a whole year from {CellText.FirstYear} to {CellText.LastYear}"));
            }
        }
        else if (spec.Year is null)
        {
            diagnostics.Add(Diagnostic.Error("data.missing-option",
                $"Source {entry.Id}: a {spec.Format} file holds one edition and has no year column; "
                + "the catalogue must give its year.", Where(entry, displayPath, TableReading.YearOption), null,
                "options: { year: 2018 }"));
        }

        var missing = entry.Options.TryGetValue(TableReading.MissingOption, out var list)
            ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
        var atLeast = entry.Options.TryGetValue(TableReading.AtLeastOption, out var marker)
            && marker.Trim() is { Length: > 0 } m
                ? m
                : null;
        return diagnostics.Count > errors
            ? null
            : new TableOptions(year, [.. spec.MissingTokens, .. missing], atLeast);
    }

    private static SourceLocation Where(SourceEntry entry, string displayPath, string key) =>
        new(displayPath, Field: $"source {entry.Id}, options.{key}");
}
