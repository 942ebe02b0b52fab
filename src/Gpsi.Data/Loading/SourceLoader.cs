using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Countries;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Loading;

/// <summary>Loads one catalogue source: read, resolve entities, validate, settle duplicates, attach provenance.</summary>
internal sealed class SourceLoader(SourceEntry source, DataLoader.EntityCache entities)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, SeriesEntry> _series =
        source.Series.ToDictionary(s => s.Indicator, StringComparer.Ordinal);

    private readonly bool _sumRenamed =
        source.Options.TryGetValue(DataLoader.SameCountryRowsOption, out var rule) && rule == "sum";

    internal sealed record Result(IReadOnlyList<Observation> Observations, IReadOnlyList<Diagnostic> Diagnostics,
        SourceLoadSummary Summary);

    public Result Run(string dataDirectory, Func<string, ISourceReader?> readerFor)
    {
        var path = Path.Combine(dataDirectory, source.File);
        var reader = readerFor(source.Format);
        if (reader is null)
        {
            return Fail(Diagnostic.Error("catalogue.no-reader",
                $"Source '{source.Id}' names format '{source.Format}', which no reader handles.",
                new SourceLocation(path, Field: $"sources[{source.Id}].format"), source.Format, "a known format"));
        }

        if (!File.Exists(path))
        {
            return Fail(Diagnostic.Error("data.missing-file", $"Source '{source.Id}': the file does not exist.",
                new SourceLocation(path), path, "the file named in the catalogue"));
        }

        if (source.Options.TryGetValue(DataLoader.SameCountryRowsOption, out var rule) && rule is not ("sum" or "reject"))
        {
            return Fail(Diagnostic.Error("catalogue.bad-option",
                $"Source '{source.Id}': option {DataLoader.SameCountryRowsOption} must be sum or reject.",
                new SourceLocation(path, Field: $"source {source.Id}, options.{DataLoader.SameCountryRowsOption}"), rule,
                "sum | reject"));
        }

        var read = reader.Read(source, path, path);
        _diagnostics.AddRange(read.Diagnostics);
        var rejectedByReader = read.Diagnostics.Count(d => d.Severity == Severity.Error);
        var kept = new Dictionary<(string Country, string Indicator, int Year), (Observation Observation, SourceRecord Record)>();
        var conflicted = new HashSet<(string, string, int)>();
        var unknown = new Dictionary<(string?, string?), (SourceRecord First, int Rows, EntityResolution Why)>();
        var excluded = new Dictionary<(string?, string?), (SourceRecord First, int Rows, EntityResolution Why)>();
        var rejected = 0;

        foreach (var record in read.Records)
        {
            if (!_series.TryGetValue(record.Indicator, out var series))
            {
                throw new InvalidOperationException(
                    $"Reader '{reader.Format}' produced indicator '{record.Indicator}', which source '{source.Id}' does not declare.");
            }

            var entity = entities.Resolve(record.EntityCode, record.EntityName);
            if (entity.Kind != EntityKind.Country || entity.Country is null)
            {
                var bucket = entity.Kind == EntityKind.Unknown ? unknown : excluded;
                var key = (record.EntityCode, record.EntityName);
                bucket[key] = bucket.TryGetValue(key, out var seen) ? seen with { Rows = seen.Rows + 1 } : (record, 1, entity);
                continue;
            }

            if (ObservationValidator.Check(record, series, path) is { } problem)
            {
                _diagnostics.Add(problem);
                rejected++;
                continue;
            }

            var country = entity.Country.Iso3;
            var slot = (country.Value, record.Indicator, record.Year);
            var provenance = new Provenance(source.Id, source.File, record.Line, source.Vintage, series.Unit,
                record.Transformations, record.Flags);
            var observation = new Observation(country, record.Indicator, record.Year, record.Value, provenance);
            if (kept.TryGetValue(slot, out var earlier) && _sumRenamed && series.Kind == ValueKind.Count
                && (earlier.Record.EntityCode, earlier.Record.EntityName) != (record.EntityCode, record.EntityName))
            {
                kept[slot] = (SumOfRenamed(earlier.Observation, earlier.Record, observation, record), earlier.Record);
                continue;
            }

            if (earlier.Observation is not null)
            {
                rejected += Duplicate(path, earlier.Record, record, observation, conflicted, slot);
                continue;
            }

            kept[slot] = (observation, record);
        }

        foreach (var slot in conflicted)
        {
            kept.Remove(slot);
        }

        ReportEntities(path, unknown, excluded);
        CheckUnitScale(path, kept.Values.Select(v => v.Observation));
        var excludedRows = excluded.Values.Sum(e => e.Rows);
        var unknownRows = unknown.Values.Sum(e => e.Rows);
        var observations = kept.Values.Select(v => v.Observation).ToList();
        return new Result(observations, _diagnostics, new SourceLoadSummary(source.Id, source.File,
            read.Records.Count + rejectedByReader, observations.Count,
            rejected + rejectedByReader + unknownRows + conflicted.Count, excludedRows));
    }

    private static Observation SumOfRenamed(Observation first, SourceRecord firstRecord, Observation second,
        SourceRecord secondRecord)
    {
        var note = $"sum of the rows for '{Label(firstRecord.EntityCode, firstRecord.EntityName)}' (line {firstRecord.Line}) "
            + $"and '{Label(secondRecord.EntityCode, secondRecord.EntityName)}' (line {secondRecord.Line}): one country under two names";
        return first with
        {
            Value = first.Value + second.Value,
            Provenance = first.Provenance.With(note, ObservationFlags.Derived),
        };
    }

    private int Duplicate(string path, SourceRecord first, SourceRecord second, Observation observation,
        HashSet<(string, string, int)> conflicted, (string, string, int) slot)
    {
        var firstAt = first.Line is { } l ? $"line {l}" : "an earlier aggregate";
        if (first.Value.Equals(second.Value))
        {
            _diagnostics.Add(Diagnostic.Warning("data.duplicate",
                $"{observation.Country} {observation.Indicator} {observation.Year} appears again with the same value (first at {firstAt}); the repeat is ignored.",
                ObservationValidator.Locate(second, path)));
            return 0;
        }

        conflicted.Add(slot);
        _diagnostics.Add(Diagnostic.Error("data.duplicate-conflict",
            $"{observation.Country} {observation.Indicator} {observation.Year} appears twice with different values (first at {firstAt}: {first.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}); both are rejected.",
            ObservationValidator.Locate(second, path), second.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            "one value per country, indicator and year"));
        return 1;
    }

    private void ReportEntities(string path,
        Dictionary<(string?, string?), (SourceRecord First, int Rows, EntityResolution Why)> unknown,
        Dictionary<(string?, string?), (SourceRecord First, int Rows, EntityResolution Why)> excluded)
    {
        foreach (var ((code, name), (first, rows, why)) in unknown)
        {
            var label = Label(code, name);
            _diagnostics.Add(Diagnostic.Error("data.unknown-country",
                $"'{label}' is not a country the registry knows ({why.Reason}); its {rows} row(s) are rejected. Add the spelling to the registry's alias table if it is one.",
                new SourceLocation(path, first.Line, Field: "entity"), label, "an ISO 3166-1 country code or a known country name"));
        }

        foreach (var ((code, name), (first, rows, why)) in excluded.OrderBy(e => e.Value.First.Line ?? 0))
        {
            _diagnostics.Add(Diagnostic.Info("data.excluded-entity",
                $"'{Label(code, name)}' is {Article(why.Kind)} ({why.Reason}); its {rows} row(s) are left out.",
                new SourceLocation(path, first.Line, Field: "entity")));
        }
    }

    /// <summary>
    /// A series whose catalogue range reaches far above every value it actually has (a 0–100 series whose values all lie
    /// within 0–1) is probably in another unit than the catalogue says.
    /// </summary>
    private void CheckUnitScale(string path, IEnumerable<Observation> observations)
    {
        foreach (var group in observations.GroupBy(o => o.Indicator))
        {
            var series = _series[group.Key];
            var values = group.Select(o => o.Value).ToList();
            if (series.Max is not { } max || max < 10 || values.Count < 10)
            {
                continue;
            }

            var top = values.Max();
            if (top <= max / 50 && top > 0)
            {
                _diagnostics.Add(Diagnostic.Warning("data.unit-suspect",
                    $"Every {group.Key} value is at most {top:G4}, while the catalogue unit '{series.Unit}' allows up to {max:G4}; is the file in another unit (0–1 rather than 0–100)?",
                    new SourceLocation(path, Field: $"series {group.Key}"), top.ToString("G4", System.Globalization.CultureInfo.InvariantCulture),
                    $"values spanning the unit '{series.Unit}'"));
            }
        }
    }

    private Result Fail(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        return new Result([], _diagnostics, new SourceLoadSummary(source.Id, source.File, 0, 0, 0, 0));
    }

    private static string Label(string? code, string? name) =>
        (code, name) switch
        {
            ({ Length: > 0 } c, { Length: > 0 } n) => $"{n} ({c})",
            ({ Length: > 0 } c, _) => c,
            (_, { } n) => n,
            _ => "(blank)",
        };

    private static string Article(EntityKind kind) => kind switch
    {
        EntityKind.Aggregate => "an aggregate",
        EntityKind.Historical => "a historical entity",
        EntityKind.SubNational => "a sub-national unit",
        _ => "not a country",
    };
}
