using System.Collections.Frozen;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Editions;
using Gpsi.Data.Countries;
using Gpsi.Data.Editions;
using Gpsi.Data.Store;

namespace Gpsi.Api.Serving;

/// <summary>
/// Everything the API serves, loaded once from the store and immutable: every published edition (for the list), and
/// per year the current edition with its re-computed run. Answers are pure lookups over it, so the API never queries
/// the store per request; <see cref="ServedIndexHolder"/> swaps in a new one when the store's editions change.
/// </summary>
public sealed class ServedIndex
{
    private readonly FrozenDictionary<(int Year, string Iso3, string Node), ScoreRow> scores;
    private readonly FrozenDictionary<(int Year, string Iso3, string Indicator), IndicatorValue> values;

    private ServedIndex(IReadOnlyList<EditionSummary> editions, IReadOnlyList<ServedEdition> current)
    {
        Editions = editions;
        Current = current.ToFrozenDictionary(e => e.Year);
        Years = [.. current.Select(e => e.Year).Order()];
        scores = current.SelectMany(e => e.Run.Scores.Where(r => r.Year == e.Year))
            .ToFrozenDictionary(r => (r.Year, r.Iso3, r.Node));
        values = current.SelectMany(e => e.Run.Values.Where(v => v.Year == e.Year))
            .ToFrozenDictionary(v => (v.Year, v.Iso3, v.Indicator));
        Version = string.Join(";", editions.Where(e => e.IsCurrent).Select(e => e.Id));
    }

    /// <summary>Every published edition, by year then publishing time (superseded ones too).</summary>
    public IReadOnlyList<EditionSummary> Editions { get; }

    /// <summary>The current edition of each year that has one.</summary>
    public FrozenDictionary<int, ServedEdition> Current { get; }

    /// <summary>The years with a current edition, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Identifies what is served (the current edition ids): equal versions serve equal answers.</summary>
    public string Version { get; }

    /// <summary>A country's row on a node in a year's current edition, or null (not ranked, unknown, no edition).</summary>
    public ScoreRow? Score(int year, string iso3, string node) => scores.GetValueOrDefault((year, iso3, node));

    /// <summary>The value behind a country's indicator score in a year's current edition, or null.</summary>
    public IndicatorValue? Value(int year, string iso3, string indicator) =>
        values.GetValueOrDefault((year, iso3, indicator));

    /// <summary>An index with no editions (an empty store).</summary>
    public static ServedIndex Empty { get; } = new([], []);

    /// <summary>
    /// Loads what the store publishes: lists the editions, reads each year's current one, and re-computes each group
    /// of current editions that share a recipe and snapshot once. Null with errors in <paramref name="diagnostics"/>
    /// when a group does not re-compute to its published rows (or its recipe or snapshot is missing).
    /// </summary>
    public static async Task<ServedIndex?> LoadAsync(IGpsiStore store, CountryRegistry registry,
        List<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var list = await store.ListEditionsAsync(cancellationToken).ConfigureAwait(false);
        var current = new List<Edition>();
        foreach (var summary in list.Where(e => e.IsCurrent))
        {
            var edition = await store.GetEditionAsync(summary.Id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Edition {summary.Id} is listed but cannot be read.");
            current.Add(edition);
        }

        var served = new List<ServedEdition>();
        foreach (var group in current.GroupBy(e => (e.RecipeHash, e.SnapshotId)))
        {
            var editions = group.ToList();
            var run = await EditionReplay.ReplayAsync(store, editions, registry, diagnostics, cancellationToken)
                .ConfigureAwait(false);
            if (run is null)
            {
                return null;
            }

            served.AddRange(editions.Select(e => new ServedEdition(e, run)));
        }

        return new ServedIndex(list, served);
    }
}
