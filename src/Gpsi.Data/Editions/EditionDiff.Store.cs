using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Editions;
using Gpsi.Core.Observations;
using Gpsi.Core.Recipes;
using Gpsi.Data.Recipes;
using Gpsi.Data.Store;

namespace Gpsi.Data.Editions;

/// <summary>Edition comparison over a store: reads both editions' recipes and snapshots and makes the cross builds.</summary>
public static partial class EditionDiff
{
    /// <summary>
    /// Compares published editions <paramref name="a"/> and <paramref name="b"/> (an edition id such as
    /// <c>2020-r2</c>, or a year: that year's current edition). Reads each edition's recipe and data snapshot from
    /// <paramref name="store"/> and rebuilds the four (recipe, data) combinations with <see cref="IndexRunner"/>
    /// (each distinct (recipe, snapshot) pair once, reading only the series either recipe uses): "data A" is
    /// edition year A of snapshot A. The as-published
    /// pair is rebuilt too, so that with one recipe the recipe part is exactly 0; a rebuild that differs from the
    /// published rows is a warning (<c>diff.rebuild-differs</c>: the program changed since publishing).
    /// </summary>
    /// <returns>The comparison, or null with errors in <paramref name="diagnostics"/> (<c>diff.unknown-edition</c>,
    /// <c>diff.missing-recipe</c>, <c>diff.missing-snapshot</c>, <c>diff.unknown-node</c>, a recipe or build error). A cross build that fails
    /// is a warning (<c>diff.cross-build-failed</c>) and leaves the parts null.</returns>
    public static async Task<EditionComparison?> CompareAsync(IGpsiStore store, string a, string b, DiffSettings settings,
        List<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var editionA = await FindEditionAsync(store, a, diagnostics, cancellationToken).ConfigureAwait(false);
        var editionB = await FindEditionAsync(store, b, diagnostics, cancellationToken).ConfigureAwait(false);
        if (editionA is null || editionB is null)
        {
            return null;
        }

        var recipeA = await ReadRecipeAsync(store, editionA, diagnostics, cancellationToken).ConfigureAwait(false);
        var recipeB = settings.DraftRecipe is { } draft
            ? (Hash: RecipeHash.Compute(draft), Recipe: draft)
            : await ReadRecipeAsync(store, editionB, diagnostics, cancellationToken).ConfigureAwait(false);
        if (recipeA is not { } ra || recipeB is not { } rb)
        {
            return null;
        }

        // Only the series either recipe reads: the builds see nothing else, and a snapshot holds whole sources.
        var query = new ObservationQuery(Indicators: [.. IndexRunner.SeriesUsed(ra.Recipe).Union(IndexRunner.SeriesUsed(rb.Recipe))]);
        var dataA = await ReadSnapshotAsync(store, editionA, query, diagnostics, cancellationToken).ConfigureAwait(false);
        var dataB = editionB.SnapshotId == editionA.SnapshotId
            ? dataA
            : await ReadSnapshotAsync(store, editionB, query, diagnostics, cancellationToken).ConfigureAwait(false);
        if (dataA is null || dataB is null)
        {
            return null;
        }

        var runs = new Dictionary<(string Recipe, string Snapshot), IndexRun?>();
        IndexRun? Build((string Hash, Recipe Recipe) recipe, string snapshot, IReadOnlyList<Observation> data, bool cross)
        {
            if (!runs.TryGetValue((recipe.Hash, snapshot), out var run))
            {
                var problems = new List<Diagnostic>();
                run = IndexRunner.Run(recipe.Recipe, data, snapshot, settings.Registry, settings.Catalogue, problems);
                runs[(recipe.Hash, snapshot)] = run;
                if (run is null && cross)
                {
                    diagnostics.AddRange(problems.Where(d => d.Severity == Severity.Error)
                        .Select(d => d with { Severity = Severity.Warning }));
                    diagnostics.Add(Diagnostic.Warning("diff.cross-build-failed",
                        $"Recipe {Short(recipe.Hash)} could not be built on snapshot {Short(snapshot)}; the data and " +
                        "recipe parts that need that build are left empty."));
                }
                else if (run is null)
                {
                    diagnostics.AddRange(problems);
                }
            }

            return run;
        }

        var aa = Build(ra, editionA.SnapshotId, dataA, cross: false);
        var bb = Build(rb, editionB.SnapshotId, dataB, cross: false);
        if (aa is null || bb is null)
        {
            return null;
        }

        if (settings.Node is { } node && !UnknownNode(node, aa, bb, diagnostics))
        {
            return null;
        }

        var ba = Build(rb, editionA.SnapshotId, dataA, cross: true);
        var ab = Build(ra, editionB.SnapshotId, dataB, cross: true);
        CheckRebuild(editionA, aa, settings.Node, diagnostics);
        if (settings.DraftRecipe is null)
        {
            CheckRebuild(editionB, bb, settings.Node, diagnostics);
        }

        var cellAa = CellScores.From(aa, editionA.Year, settings.Node);
        var cellBb = CellScores.From(bb, editionB.Year, settings.Node);
        var empty = new CellScores(ImmutableSortedDictionary.Create<string, CountryScore>(StringComparer.Ordinal));
        var names = bb.Countries.Concat(aa.Countries).DistinctBy(c => c.Iso3)
            .ToDictionary(c => c.Iso3, c => c.Name, StringComparer.Ordinal);
        var changes = Compare(cellAa, cellBb,
            ba is null ? empty : CellScores.From(ba, editionA.Year, settings.Node),
            ab is null ? empty : CellScores.From(ab, editionB.Year, settings.Node), names);
        var labelB = settings.DraftRecipe is null ? editionB.Id : $"{editionB.Id} (draft recipe)";
        return new EditionComparison(editionA.Id, editionA.Year, ra.Hash, editionA.SnapshotId, labelB, editionB.Year,
            rb.Hash, editionB.SnapshotId, settings.Node ?? bb.RootCode, changes, Entered(cellAa, cellBb),
            Left(cellAa, cellBb));
    }

    private static async Task<Edition?> FindEditionAsync(IGpsiStore store, string key, List<Diagnostic> diagnostics,
        CancellationToken cancel)
    {
        var edition = await store.GetEditionAsync(key, cancel).ConfigureAwait(false);
        if (edition is null && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            edition = await store.CurrentEditionAsync(year, cancel).ConfigureAwait(false);
        }

        if (edition is null)
        {
            var known = await store.ListEditionsAsync(cancel).ConfigureAwait(false);
            diagnostics.Add(Diagnostic.Error("diff.unknown-edition", $"No published edition '{key}' in the store.",
                null, key, known.Count == 0
                    ? "a published edition (run 'gpsi build' first)"
                    : "an edition id or year: " + string.Join(", ", known.Select(e => e.Id))));
        }

        return edition;
    }

    private static async Task<(string Hash, Recipe Recipe)?> ReadRecipeAsync(IGpsiStore store, Edition edition,
        List<Diagnostic> diagnostics, CancellationToken cancel)
    {
        var stored = await store.GetRecipeAsync(edition.RecipeHash, cancel).ConfigureAwait(false);
        if (stored is null)
        {
            diagnostics.Add(Diagnostic.Error("diff.missing-recipe",
                $"Edition {edition.Id} names recipe {edition.RecipeHash}, which the store does not hold.",
                null, edition.RecipeHash, "the recipe saved when the edition was published"));
            return null;
        }

        var read = RecipeReader.Read(stored.CanonicalJson, $"recipe {Short(stored.Hash)} of edition {edition.Id}");
        diagnostics.AddRange(read.Diagnostics.Where(d => d.Severity == Severity.Error));
        return read.Recipe is { } recipe ? (stored.Hash, recipe) : null;
    }

    private static async Task<IReadOnlyList<Observation>?> ReadSnapshotAsync(IGpsiStore store, Edition edition,
        ObservationQuery query, List<Diagnostic> diagnostics, CancellationToken cancel)
    {
        var observations = await store.ReadObservationsAsync(edition.SnapshotId, query, cancel)
            .ConfigureAwait(false);
        if (observations.Count > 0)
        {
            return observations;
        }

        diagnostics.Add(Diagnostic.Error("diff.missing-snapshot",
            $"Edition {edition.Id} names data snapshot {edition.SnapshotId}, which the store does not hold (or is empty).",
            null, edition.SnapshotId, "the snapshot loaded when the edition was published"));
        return null;
    }

    /// <summary>True when both builds have <paramref name="node"/>; else false with a <c>diff.unknown-node</c> error.</summary>
    private static bool UnknownNode(string node, IndexRun aa, IndexRun bb, List<Diagnostic> diagnostics)
    {
        if (aa.Nodes.Any(n => n.Code == node) && bb.Nodes.Any(n => n.Code == node))
        {
            return true;
        }

        var codes = bb.Nodes.Select(n => n.Code).ToList();
        var closest = Suggestions.Closest(node, codes);
        diagnostics.Add(Diagnostic.Error("diff.unknown-node",
            $"Node '{node}' is not in both editions' index trees" + (closest is null ? "." : $"; did you mean '{closest}'?"),
            new SourceLocation(Field: "--node"), node, "a node code: " + string.Join(", ", codes)));
        return false;
    }

    private static void CheckRebuild(Edition edition, IndexRun run, string? node, List<Diagnostic> diagnostics)
    {
        var code = node ?? run.RootCode;
        var published = CellScores.From(edition, code).Scores;
        var rebuilt = CellScores.From(run, edition.Year, code).Scores;
        var differing = published.Count(p => !rebuilt.TryGetValue(p.Key, out var r) || r != p.Value)
            + rebuilt.Keys.Count(k => !published.ContainsKey(k));
        if (differing > 0)
        {
            diagnostics.Add(Diagnostic.Warning("diff.rebuild-differs",
                $"Rebuilding edition {edition.Id} from its recipe and snapshot gives {differing} different {code} " +
                "scores or ranks than were published (the program changed since); the comparison uses the rebuild."));
        }
    }

    private static string Short(string hash) => hash.Length > 19 ? hash[..19] + "…" : hash;
}
