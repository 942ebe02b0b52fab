using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Numerics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// Uncertainty analysis (METHODS.md; COINr <c>get_sensitivity(SA_type = "UA")</c>): N recipes drawn from the factors,
/// each built over the same panel, and per unit the statistics of its index rank in one year. Seeded: the same seed
/// gives the same draws and results.
/// </summary>
public static class UncertaintyAnalysis
{
    /// <summary>
    /// Runs <paramref name="replications"/> builds and returns each unit's rank statistics, by unit order; or, when the
    /// nominal recipe or a drawn one does not build (e.g. a geometric mean over zero scores), no statistics and that
    /// build's errors, prefixed with the replication and the values drawn.
    /// </summary>
    /// <param name="recipe">The nominal recipe (it must have a normalise step when a normalisation factor is given, and an aggregate step for an aggregation factor).</param>
    /// <param name="panel">The panel.</param>
    /// <param name="factors">The uncertain factors.</param>
    /// <param name="replications">N ≥ 1.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="year">The year whose index ranks are analysed; null for the panel's last year.</param>
    /// <exception cref="ArgumentException">A factor has nothing to act on (no normalise or aggregate step), or two
    /// weight-noise factors share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not a year of the panel.</exception>
    public static UncertaintyResult Run(Recipe recipe, Panel panel, IReadOnlyList<Factor> factors,
        int replications, int seed, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var nominal = Builder.Run(recipe, panel);
        if (!nominal.Succeeded || nominal.Tree is null || nominal.Ranks is null)
        {
            return Failed(nominal, "the nominal recipe");
        }

        var tree = nominal.Tree;
        var root = tree.Roots[0];
        var y = nominal.Scores!.YearIndex(year ?? panel.Years[^1]);
        if (y < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year is not in the panel.");
        }

        var units = panel.Units.Length;
        var random = new Random(seed);
        var weightSets = factors.OfType<Factor.WeightNoise>()
            .ToDictionary(f => f.Name, f => f.Sets is { } k ? Enumerable.Range(0, k).Select(_ => Noisy(tree, f, random)).ToArray() : null);
        var ranks = new double[units][];
        for (var u = 0; u < units; u++)
        {
            ranks[u] = new double[replications];
        }

        var counts = new int[units];
        for (var r = 0; r < replications; r++)
        {
            var draw = recipe;
            var drawn = new List<string>(factors.Count);
            foreach (var factor in factors)
            {
                switch (factor)
                {
                    case Factor.NormalisationChoice n:
                        var normalisation = n.Options[random.Next(n.Options.Length)];
                        draw = RecipeVariation.WithNormalisation(draw, normalisation);
                        drawn.Add($"{n.Name} = {MethodSyntax.Format(normalisation)}");
                        break;
                    case Factor.AggregationChoice a:
                        var aggregation = a.Options[random.Next(a.Options.Length)];
                        draw = RecipeVariation.WithAggregation(draw, aggregation);
                        drawn.Add($"{a.Name} = {MethodSyntax.Format(aggregation)}");
                        break;
                    case Factor.WeightNoise w:
                        draw = RecipeVariation.WithWeights(draw, tree, weightSets[w.Name] is { } sets
                            ? sets[random.Next(sets.Length)]
                            : Noisy(tree, w, random));
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(factors), factor, "Unknown factor.");
                }
            }

            var build = Builder.Run(draw, panel);
            if (!build.Succeeded || build.Ranks is null)
            {
                return Failed(build, $"replication {r + 1} ({string.Join(", ", drawn)})");
            }

            var slice = build.Ranks.Slice(root, y);
            for (var u = 0; u < units; u++)
            {
                if (slice[u] > 0)
                {
                    ranks[u][counts[u]++] = slice[u];
                }
            }
        }

        var nominalRanks = nominal.Ranks.Slice(root, y);
        var result = ImmutableArray.CreateBuilder<RankStatistics>(units);
        for (var u = 0; u < units; u++)
        {
            var sorted = ranks[u].AsSpan(0, counts[u]);
            sorted.Sort();
            result.Add(new RankStatistics(panel.Units[u].Code, nominalRanks[u] == 0 ? null : nominalRanks[u],
                counts[u] == 0 ? double.NaN : Moments.Mean(sorted),
                counts[u] == 0 ? double.NaN : Quantiles.Type7Sorted(sorted, 0.5),
                counts[u] == 0 ? double.NaN : Quantiles.Type7Sorted(sorted, 0.05),
                counts[u] == 0 ? double.NaN : Quantiles.Type7Sorted(sorted, 0.95)));
        }

        return new UncertaintyResult(result.MoveToImmutable(), []);
    }

    private static UncertaintyResult Failed(Build build, string what) => new([],
    [
        .. build.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)
            .Select(d => d with { Message = $"In {what}: {d.Message}" }),
    ]);

    private static double[] Noisy(IndexTree tree, Factor.WeightNoise factor, Random random)
    {
        var weights = tree.Nodes.Select(n => n.Weight).ToArray();
        for (var i = 0; i < weights.Length; i++)
        {
            if (factor.TreeLevels.Contains(tree.LevelOf[i]))
            {
                weights[i] *= 1 - factor.Epsilon + (2 * factor.Epsilon * random.NextDouble());
            }
        }

        return weights;
    }
}
