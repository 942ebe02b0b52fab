using Gpsi.Core.Building;
using Gpsi.Core.Derivation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Core.Recipes;
using Gpsi.Data.Countries;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Editions;

/// <summary>
/// Builds a catalogue-based index (the GPSI) for all its edition years: derives the recipe's derived series from the
/// observations, assembles the panel over the recipe's countries, runs the engine once over every year, and turns the
/// build into an <see cref="IndexRun"/> (scores and ranks at every level, peer ranks, bands, the value and provenance
/// behind each score, coverage, completeness, exclusions). Pure: the same inputs give an equal run.
/// </summary>
public static class IndexRunner
{
    /// <summary>The run, or null with errors in <paramref name="diagnostics"/>.</summary>
    /// <param name="recipe">A catalogue-based recipe (its <c>data.catalogue</c> set) with edition years.</param>
    /// <param name="observations">The loaded observations (every series the recipe reads).</param>
    /// <param name="snapshotId">The content hash of <paramref name="observations"/>.</param>
    /// <param name="registry">The country registry.</param>
    /// <param name="catalogue">The catalogue the observations were loaded through (for the sources list).</param>
    /// <param name="diagnostics">Receives warnings and errors.</param>
    /// <param name="rankIntervals">False skips the recipe's uncertainty analysis (no <see cref="ScoreRow.Interval"/>
    /// is set): for a caller that already has the published intervals, such as <see cref="EditionReplay"/>.</param>
    public static IndexRun? Run(Recipe recipe, IReadOnlyList<Observation> observations, string snapshotId,
        CountryRegistry registry, SourceCatalogue catalogue, List<Diagnostic> diagnostics, bool rankIntervals = true)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (recipe.Years.IsDefaultOrEmpty)
        {
            diagnostics.Add(Diagnostic.Error("recipe.no-years", "A catalogue-based recipe must list its edition years.",
                new SourceLocation(Field: "years"), null, "years: [2010, …, 2020]"));
            return null;
        }

        if (Prepare(recipe, observations, registry, diagnostics) is not { } prepared)
        {
            return null;
        }

        var (panel, countries, lookup, notes) = prepared;
        var build = Builder.Run(recipe, panel);
        diagnostics.AddRange(build.Diagnostics);
        if (!build.Succeeded)
        {
            return null;
        }

        if ((rankIntervals ? RankIntervals.Compute(recipe, panel, recipe.Years, diagnostics)
                : System.Collections.Immutable.ImmutableDictionary<(int, string), Core.Editions.RankInterval>.Empty) is not { } intervals)
        {
            return null;
        }

        var run = new IndexRunResults(recipe, build, countries, registry, lookup).Create(
            snapshotId, notes, SourcesUsed(recipe, catalogue), [.. diagnostics]);
        return intervals.IsEmpty ? run : run with
        {
            Scores = [.. run.Scores.Select(r => r.Node == run.RootCode && r.Rank is not null
                && intervals.TryGetValue((r.Year, r.Iso3), out var interval) ? r with { Interval = interval } : r)],
        };
    }

    /// <summary>
    /// The build panel of a catalogue-based recipe: its derived series evaluated, its countries chosen, its columns
    /// assembled — what <see cref="Run"/> builds, and what an uncertainty analysis rebuilds many times. Null with
    /// errors in <paramref name="diagnostics"/>.
    /// </summary>
    public static PreparedPanel? Prepare(Recipe recipe, IReadOnlyList<Observation> observations, CountryRegistry registry,
        List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var derived = Deriver.Evaluate(recipe.Derived, observations);
        diagnostics.AddRange(derived.Diagnostics);
        if (derived.Diagnostics.HasErrors())
        {
            return null;
        }

        var lookup = new SeriesLookup(observations.Concat(derived.Observations));
        if (!CheckSeries(recipe, lookup, diagnostics))
        {
            return null;
        }

        var countries = UnitSet.Select(registry, recipe.Data?.Units);
        return new PreparedPanel(IndexPanel.Assemble(recipe, countries, lookup), countries, lookup, derived.Notes);
    }

    /// <summary>Every catalogue series the recipe reads, directly or through derived series.</summary>
    public static IReadOnlySet<string> SeriesUsed(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var derived = recipe.Derived.ToDictionary(d => d.Code, StringComparer.Ordinal);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(IndexPanel.Columns(recipe).Select(c => c.Series));
        while (pending.TryPop(out var series))
        {
            if (derived.TryGetValue(series, out var d))
            {
                foreach (var input in d.Rule.Inputs)
                {
                    pending.Push(input);
                }
            }
            else
            {
                used.Add(series);
            }
        }

        return used;
    }

    private static bool CheckSeries(Recipe recipe, SeriesLookup lookup, List<Diagnostic> diagnostics)
    {
        var ok = true;
        foreach (var (code, series) in IndexPanel.Columns(recipe))
        {
            if (!lookup.Has(series))
            {
                diagnostics.Add(Diagnostic.Error("recipe.unknown-series",
                    $"'{code}' reads series '{series}', for which the data hold no value.",
                    new SourceLocation(Field: SeriesReaders.FieldsReading(recipe, series) is [var first, ..] ? first : code), series,
                    "a series with values: from the source catalogue or a derived series"));
                ok = false;
            }
        }

        return ok;
    }

    private static System.Collections.Immutable.ImmutableArray<SourceSummary> SourcesUsed(Recipe recipe,
        SourceCatalogue catalogue)
    {
        var used = SeriesUsed(recipe);
        return [.. catalogue.Sources
            .Select(s => (Source: s, Series: s.Series.Select(x => x.Indicator).Where(used.Contains).ToList()))
            .Where(s => s.Series.Count > 0)
            .OrderBy(s => s.Source.Id, StringComparer.Ordinal)
            .Select(s => new SourceSummary(s.Source.Id, s.Source.Title, s.Source.Publisher, s.Source.Url,
                s.Source.Licence, s.Source.Vintage, s.Source.File, [.. s.Series]))];
    }
}
