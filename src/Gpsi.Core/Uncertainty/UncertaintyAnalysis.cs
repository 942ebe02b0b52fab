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
    /// <summary>Runs <paramref name="replications"/> builds and returns each unit's rank statistics, by unit order.</summary>
    /// <param name="recipe">The nominal recipe (it must have a normalise step when a normalisation factor is given, and an aggregate step for an aggregation factor).</param>
    /// <param name="panel">The panel.</param>
    /// <param name="factors">The uncertain factors.</param>
    /// <param name="replications">N ≥ 1.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="year">The year whose index ranks are analysed; null for the panel's last year.</param>
    /// <exception cref="ArgumentException">The nominal recipe does not build, or a factor has nothing to act on.</exception>
    public static ImmutableArray<RankStatistics> Run(Recipe recipe, Panel panel, IReadOnlyList<Factor> factors,
        int replications, int seed, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var nominal = Builder.Run(recipe, panel);
        if (!nominal.Succeeded || nominal.Tree is null || nominal.Ranks is null)
        {
            throw new ArgumentException("The nominal recipe does not build: " + string.Join("; ", nominal.Diagnostics), nameof(recipe));
        }

        var tree = nominal.Tree;
        var root = tree.Roots[0];
        var y = nominal.Scores!.YearIndex(year ?? panel.Years[^1]);
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
            foreach (var factor in factors)
            {
                draw = factor switch
                {
                    Factor.NormalisationChoice n => WithNormalisation(draw, n.Options[random.Next(n.Options.Length)]),
                    Factor.AggregationChoice a => WithAggregation(draw, a.Options[random.Next(a.Options.Length)]),
                    Factor.WeightNoise w => WithWeights(draw, tree, weightSets[w.Name] is { } sets
                        ? sets[random.Next(sets.Length)]
                        : Noisy(tree, w, random)),
                    _ => throw new ArgumentOutOfRangeException(nameof(factors), factor, "Unknown factor."),
                };
            }

            var build = Builder.Run(draw, panel);
            if (!build.Succeeded || build.Ranks is null)
            {
                throw new ArgumentException($"Replication {r} does not build: " + string.Join("; ", build.Diagnostics), nameof(factors));
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

        return result.MoveToImmutable();
    }

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

    private static Recipe WithWeights(Recipe recipe, IndexTree tree, double[] weights) => recipe with
    {
        Nodes = [.. recipe.Nodes.Select(n => n with { Weight = weights[tree.IndexOf(n.Code)] })],
    };

    private static Recipe WithNormalisation(Recipe recipe, Normalisation.NormalisationMethod method)
    {
        var index = recipe.Steps.IndexOf(recipe.Steps.OfType<Step.Normalise>().FirstOrDefault()
            ?? throw new ArgumentException("A normalisation factor needs a normalise step in the recipe.", nameof(recipe)));
        return recipe with { Steps = recipe.Steps.SetItem(index, ((Step.Normalise)recipe.Steps[index]) with { Method = method }) };
    }

    private static Recipe WithAggregation(Recipe recipe, Aggregation.AggregationMethod method)
    {
        var index = recipe.Steps.IndexOf(recipe.Steps.OfType<Step.Aggregate>().FirstOrDefault()
            ?? throw new ArgumentException("An aggregation factor needs an aggregate step in the recipe.", nameof(recipe)));
        return recipe with
        {
            Steps = recipe.Steps.SetItem(index, ((Step.Aggregate)recipe.Steps[index]) with { Method = method, ByLevel = null }),
        };
    }
}
