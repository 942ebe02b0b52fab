using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Editions;
using Gpsi.Data.Countries;
using Gpsi.Data.Recipes;
using Gpsi.Data.Sources;
using Gpsi.Data.Store;

namespace Gpsi.Data.Editions;

/// <summary>
/// Re-computes published editions from what the store keeps — the recipe saved under the editions' hash, the data
/// snapshot with its provenance, the source catalogue — and checks the result against the published rows. What the
/// published rows do not hold (the value, data year and sources behind each score, peer groups, coverage) comes
/// from the re-computation; the published scores, ranks, bands and rank intervals stay authoritative, and an
/// edition that does not re-compute to them is refused.
/// </summary>
public static class EditionReplay
{
    /// <summary>
    /// The run behind <paramref name="editions"/>, which must share one recipe hash and one snapshot; null with
    /// errors in <paramref name="diagnostics"/> when the recipe or snapshot is missing, the build fails, or a
    /// published row differs from the re-computed one (code <c>edition.not-reproducible</c>, naming the edition,
    /// country, node and both values).
    /// </summary>
    /// <remarks>The run's root rows carry the published rank intervals (the uncertainty analysis is not re-run).
    /// It covers every year of the recipe (normalisation may pool them); the editions need not. Reads the store
    /// only.</remarks>
    public static async Task<IndexRun?> ReplayAsync(IGpsiStore store, IReadOnlyList<Edition> editions,
        CountryRegistry registry, List<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (editions.Count == 0 || editions.Select(e => (e.RecipeHash, e.SnapshotId)).Distinct().Count() != 1)
        {
            throw new ArgumentException("Editions to replay must be non-empty and share one recipe hash and snapshot.",
                nameof(editions));
        }

        var (hash, snapshotId) = (editions[0].RecipeHash, editions[0].SnapshotId);
        var stored = await store.GetRecipeAsync(hash, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            diagnostics.Add(Diagnostic.Error("edition.recipe-missing",
                $"Edition {editions[0].Id} names recipe {hash}, which the store does not hold.",
                new SourceLocation(Field: "recipe_hash"), hash, "a recipe saved in the store"));
            return null;
        }

        var read = RecipeReader.Read(stored.CanonicalJson, $"recipe {hash}");
        diagnostics.AddRange(read.Diagnostics);
        if (read.Recipe is not { } recipe)
        {
            return null;
        }

        if (await store.GetSnapshotAsync(snapshotId, cancellationToken).ConfigureAwait(false) is null)
        {
            diagnostics.Add(Diagnostic.Error("edition.snapshot-missing",
                $"Edition {editions[0].Id} names data snapshot {snapshotId}, which the store does not hold.",
                new SourceLocation(Field: "snapshot_id"), snapshotId, "a snapshot loaded in the store"));
            return null;
        }

        var observations = await store.ReadObservationsAsync(snapshotId, ObservationQuery.All, cancellationToken)
            .ConfigureAwait(false);
        var catalogue = new SourceCatalogue(await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false));
        var run = IndexRunner.Run(recipe, observations, snapshotId, registry, catalogue, diagnostics, rankIntervals: false);
        if (run is null)
        {
            return null;
        }

        if (run.RecipeHash != hash)
        {
            throw new InvalidOperationException(
                $"Recipe {hash} read back from the store hashes to {run.RecipeHash}: canonical form is not stable.");
        }

        return Reconcile(run, editions, diagnostics);
    }

    /// <summary>
    /// Checks every published row of <paramref name="editions"/> against <paramref name="run"/> and returns the run
    /// with the published rank intervals on its rows; null with <c>edition.not-reproducible</c> errors otherwise.
    /// </summary>
    public static IndexRun? Reconcile(IndexRun run, IReadOnlyList<Edition> editions, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var rebuilt = run.Scores.ToDictionary(r => (r.Year, r.Iso3, r.Node));
        var intervals = new Dictionary<(int, string, string), RankInterval>();
        var errors = 0;
        foreach (var edition in editions)
        {
            var published = 0;
            foreach (var row in edition.Rows)
            {
                published++;
                var key = (edition.Year, row.Country.Value, row.Node);
                var mine = rebuilt.GetValueOrDefault(key);
                if (mine is null || !Same(mine.Score, row.Score) || mine.Rank != row.Rank || mine.Band != row.Band)
                {
                    if (errors++ < 10)
                    {
                        diagnostics.Add(Diagnostic.Error("edition.not-reproducible",
                            $"Edition {edition.Id}: {row.Country.Value} on '{row.Node}' is published as {Describe(row.Score, row.Rank, row.Band)} " +
                            $"but re-computes from recipe {edition.RecipeHash} and snapshot {edition.SnapshotId} as " +
                            (mine is null ? "no row" : Describe(mine.Score, mine.Rank, mine.Band)) + ".",
                            new SourceLocation(Field: $"editions/{edition.Id}/{row.Country.Value}/{row.Node}"),
                            Describe(row.Score, row.Rank, row.Band), "the published edition to re-compute exactly"));
                    }

                    continue;
                }

                if (row.Interval is { } interval)
                {
                    intervals[key] = interval;
                }
            }

            var expected = run.Scores.Count(r => r.Year == edition.Year);
            if (published != expected && errors++ < 10)
            {
                diagnostics.Add(Diagnostic.Error("edition.not-reproducible",
                    $"Edition {edition.Id} publishes {published} rows but its recipe and snapshot give {expected}.",
                    new SourceLocation(Field: $"editions/{edition.Id}"),
                    published.ToString(CultureInfo.InvariantCulture), expected.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (errors > 0)
        {
            return null;
        }

        return run with
        {
            Scores = [.. run.Scores.Select(r => intervals.TryGetValue((r.Year, r.Iso3, r.Node), out var i) ? r with { Interval = i } : r)],
        };
    }

    private static bool Same(double? a, double? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Value));

    private static string Describe(double? score, int? rank, string? band) => string.Create(CultureInfo.InvariantCulture,
        $"score {score?.ToString("R", CultureInfo.InvariantCulture) ?? "none"}, rank {rank?.ToString(CultureInfo.InvariantCulture) ?? "none"}, band {band ?? "none"}");
}
