using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Numerics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// Uncertainty analysis (METHODS.md; COINr <c>get_sensitivity(SA_type = "UA")</c>): N draws of the factors, each
/// evaluated by a <see cref="ReplicationModel"/> over the same panel, and per unit the statistics of its index rank and
/// score in one year. Seeded: the same seed gives the same draws and, whatever the thread count, the same results.
/// </summary>
public static class UncertaintyAnalysis
{
    /// <summary>
    /// Runs <paramref name="replications"/> replications on the fastest model that mirrors the recipe
    /// (<see cref="CreateModel"/>) and returns each unit's rank and score statistics, by unit order; or, when the
    /// nominal recipe or a drawable one does not build (e.g. a geometric mean over zero scores), no statistics and the
    /// build's errors, each naming the factor values drawn.
    /// </summary>
    /// <param name="recipe">The nominal recipe (it must have a normalise step when a normalisation factor is given, and an aggregate step for an aggregation factor).</param>
    /// <param name="panel">The panel.</param>
    /// <param name="factors">The uncertain factors.</param>
    /// <param name="replications">N ≥ 1.</param>
    /// <param name="seed">The random seed (of the draws and of the weight-noise sets).</param>
    /// <param name="year">The year whose index ranks are analysed; null for the panel's last year.</param>
    /// <param name="maxThreads">At most this many threads; null: all cores. The results do not depend on it.</param>
    /// <exception cref="ArgumentException">A factor has nothing to act on (no normalise or aggregate step).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not a year of the panel.</exception>
    public static UncertaintyResult Run(Recipe recipe, Panel panel, IReadOnlyList<Factor> factors,
        int replications, int seed, int? year = null, int? maxThreads = null)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var diagnostics = new List<Diagnostic>();
        var model = CreateModel(recipe, panel, factors, year ?? panel.Years[^1], seed, diagnostics);
        if (model is null)
        {
            return new UncertaintyResult([], [.. diagnostics]);
        }

        var result = Run(model, replications, seed, maxThreads);
        return result with { Diagnostics = [.. diagnostics, .. result.Diagnostics] };
    }

    /// <summary>
    /// The model an analysis runs on: <see cref="CompiledModel"/> when it mirrors the recipe, else (with its Info note
    /// in <paramref name="diagnostics"/>) the full-build <see cref="BuilderModel"/>; null with Error diagnostics when the
    /// nominal recipe or a drawable one does not build.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not a year of the panel.</exception>
    /// <remarks>Builds come from <paramref name="cache"/> when one is given (builds already made over the same panel,
    /// e.g. for another year).</remarks>
    public static ReplicationModel? CreateModel(Recipe recipe, Panel panel, IReadOnlyList<Factor> factors, int year,
        int seed, List<Diagnostic> diagnostics, BuildCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var compiled = CompiledModel.Compile(recipe, panel, factors, year, seed, diagnostics, cache);
        return compiled is not null || diagnostics.HasErrors()
            ? compiled
            : BuilderModel.Create(recipe, panel, factors, year, seed, diagnostics, cache);
    }

    /// <summary>
    /// Runs <paramref name="replications"/> replications of <paramref name="model"/>: the draws come serially from
    /// <c>new Random(seed)</c> (row by row, factor by factor), are evaluated in parallel, and each unit's rank statistics
    /// (over the replications in which it is ranked) and score statistics (over those in which it has a score) are
    /// returned. A replication that fails (<see cref="BuilderModel"/> only) stops the analysis with its errors, named
    /// "In replication r (what was drawn): …" — the lowest failing replication, whatever the thread count.
    /// </summary>
    /// <param name="model">The model (compiled once, reusable across analyses).</param>
    /// <param name="replications">N ≥ 1.</param>
    /// <param name="seed">The seed of the draws.</param>
    /// <param name="maxThreads">At most this many threads; null: all cores.</param>
    public static UncertaintyResult Run(ReplicationModel model, int replications, int seed, int? maxThreads = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var d = model.Factors.Length;
        var units = model.Units.Length;
        var random = new Random(seed);
        var draws = new double[replications * d];
        for (var i = 0; i < draws.Length; i++)
        {
            draws[i] = random.NextDouble();
        }

        var scores = new double[replications * units];
        var ranks = new int[replications * units];
        try
        {
            Replications.Run(model, draws, scores, ranks, maxThreads);
        }
        catch (ReplicationFailedException e)
        {
            return new UncertaintyResult([],
                [.. e.Errors.Select(error => error with { Message = $"In replication {e.Row + 1} ({e.Drawn}): {error.Message}" })]);
        }

        // One pass over the rows (which are unit-major) gathers each unit's rank counts and its scores into a column;
        // then each unit's statistics are independent (so computed in parallel, each in its own slot). Ranks are whole
        // numbers 1…units, so they are sorted by counting.
        var counts = new int[units * (units + 1)];
        var columns = new double[units * replications];
        var present = new int[units];
        for (var r = 0; r < replications; r++)
        {
            for (var u = 0; u < units; u++)
            {
                counts[(u * (units + 1)) + ranks[(r * units) + u]]++;
                var score = scores[(r * units) + u];
                if (!double.IsNaN(score))
                {
                    columns[(u * replications) + present[u]++] = score;
                }
            }
        }

        var rankStatistics = new RankStatistics[units];
        var scoreStatistics = new ScoreStatistics[units];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? -1 };
        Parallel.For(0, units, options, () => new double[replications], (u, _, buffer) =>
        {
            var n = 0;
            for (var rank = 1; rank <= units; rank++)
            {
                var count = counts[(u * (units + 1)) + rank];
                buffer.AsSpan(n, count).Fill(rank);
                n += count;
            }

            var (mean, median, q5, q95) = Summary(buffer.AsSpan(0, n), sorted: true);
            var nominal = model.NominalRanks[u];
            rankStatistics[u] = new RankStatistics(model.Units[u], nominal == 0 ? null : nominal, mean, median, q5, q95);
            (mean, median, q5, q95) = Summary(columns.AsSpan(u * replications, present[u]), sorted: false);
            scoreStatistics[u] = new ScoreStatistics(model.Units[u], model.NominalScores[u], mean, median, q5, q95);
            return buffer;
        }, _ => { });

        return new UncertaintyResult([.. rankStatistics], []) { Scores = [.. scoreStatistics] };
    }

    /// <summary>Mean, median, 5th and 95th percentiles (type 7) of <paramref name="values"/>, reordered in place unless
    /// already sorted; NaN when empty.</summary>
    private static (double Mean, double Median, double Q5, double Q95) Summary(Span<double> values, bool sorted)
    {
        if (values.IsEmpty)
        {
            return (double.NaN, double.NaN, double.NaN, double.NaN);
        }

        if (!sorted)
        {
            // Only the order statistics the quantiles read are put in place (quickselect): as exact as a sort, faster.
            Selection.PrepareType7(values, [0.05, 0.5, 0.95]);
        }

        return (Moments.Mean(values), Quantiles.Type7Sorted(values, 0.5), Quantiles.Type7Sorted(values, 0.05),
            Quantiles.Type7Sorted(values, 0.95));
    }
}
