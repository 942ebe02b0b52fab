using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Countries;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Loading;

/// <summary>
/// Loads a data folder through the source catalogue: reads every source with its format's reader, resolves each
/// entity to a country (aggregates, historical states and sub-national units are excluded with a diagnostic), validates
/// each value against its series, settles duplicates, and attaches provenance. Sources are read in parallel; the
/// result does not depend on the thread count.
/// </summary>
/// <param name="resolve">Resolves a code and/or name to a country (the registry's <c>Resolve</c>).</param>
/// <param name="readerFor">The reader for a format, or null when none is registered.</param>
public sealed class DataLoader(
    Func<string?, string?, EntityResolution> resolve,
    Func<string, ISourceReader?> readerFor)
{
    /// <summary>
    /// Source option <c>same-country-rows: sum</c>: rows of one country-year that the file gives under different names
    /// (GTD keeps "Zaire" and "Democratic Republic of the Congo", "Rhodesia" and "Zimbabwe" apart) are added up rather
    /// than rejected as conflicting duplicates. Only for count series; the sum is flagged derived and says which rows.
    /// </summary>
    public const string SameCountryRowsOption = "same-country-rows";

    /// <summary>
    /// Loads every source of <paramref name="sources"/> that has series, from files under
    /// <paramref name="dataDirectory"/>. In strict mode any error empties the result.
    /// </summary>
    public DataLoad Load(string dataDirectory, IReadOnlyList<SourceEntry> sources, LoadMode mode)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(sources);
        var readable = sources.Where(s => s.Series.Count > 0).ToList();
        var results = new SourceLoader.Result[readable.Count];
        var cache = new EntityCache(resolve);
        Parallel.For(0, readable.Count, i => results[i] = new SourceLoader(readable[i], cache).Run(dataDirectory, readerFor));

        var diagnostics = results.SelectMany(r => r.Diagnostics).ToList();
        var rejected = mode == LoadMode.Strict && diagnostics.HasErrors();
        var observations = rejected
            ? []
            : results.SelectMany(r => r.Observations)
                .OrderBy(o => o.Indicator, StringComparer.Ordinal)
                .ThenBy(o => o.Country.Value, StringComparer.Ordinal)
                .ThenBy(o => o.Year)
                .ToList();
        if (rejected)
        {
            var errors = diagnostics.Count(d => d.Severity == Severity.Error);
            diagnostics.Add(Diagnostic.Error("load.rejected",
                $"Strict mode: {errors} error(s) found, so nothing is loaded. Fix them, or load with --lenient to keep the valid rows."));
        }

        return new DataLoad(mode, observations, diagnostics, [.. results.Select(r => r.Summary)],
            ObservationSetHash.Compute(observations));
    }

    /// <summary>Thread-safe memo of entity resolutions: a load resolves the same few hundred names many times.</summary>
    internal sealed class EntityCache(Func<string?, string?, EntityResolution> resolve)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string?, string?), EntityResolution> _memo = new();

        public EntityResolution Resolve(string? code, string? name) =>
            _memo.GetOrAdd((code, name), key => resolve(key.Item1, key.Item2));
    }
}
