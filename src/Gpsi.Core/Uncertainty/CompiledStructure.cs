using Gpsi.Core.Aggregation;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// The flat, immutable state a <see cref="CompiledModel"/>'s evaluators share: the nominal tree as arrays (aggregates
/// in computing order, each with its children as indicator rows or aggregate rows), how a draw selects a combination
/// and its weights, and every combination's data.
/// </summary>
internal sealed class CompiledStructure
{
    private const int MaxReported = 5;

    public required int Units { get; init; }

    /// <summary>Per aggregate row (nominal computing order), where its children start in the child arrays; one more at the end.</summary>
    public required int[] ChildStart { get; init; }

    /// <summary>Per child: its indicator row (≥ 0) or the one's complement of its aggregate row (&lt; 0).</summary>
    public required int[] ChildRef { get; init; }

    /// <summary>Per child: its node index in the nominal tree (for its weight).</summary>
    public required int[] ChildNode { get; init; }

    /// <summary>The aggregate row of the root.</summary>
    public required int RootRow { get; init; }

    public required double? MinAvailability { get; init; }

    /// <summary>Per discrete factor: its position in a draw, its number of levels, and its stride in the combination index.</summary>
    public required int[] DiscreteFactor { get; init; }

    public required int[] DiscreteLevels { get; init; }

    public required int[] DiscreteStride { get; init; }

    /// <summary>Per weight-noise factor: its position in a draw and its noise.</summary>
    public required int[] WeightFactor { get; init; }

    public required WeightDraws[] WeightDraws { get; init; }

    /// <summary>
    /// The weights the nominal build aggregated with (after its weight step), which weight noise multiplies — as
    /// <see cref="BuilderModel"/> does; the drawn recipe then has no weight step. Unused without weight noise: each
    /// combination then aggregates with its own build's weights (<see cref="CompiledCombination.Weights"/>).
    /// </summary>
    public required double[] BaseWeights { get; init; }

    /// <summary>True when some factor is weight noise.</summary>
    public required bool HasNoise { get; init; }

    public required CompiledCombination[] Combinations { get; init; }

    /// <summary>
    /// Per aggregate row: true when no weight under it changes with the draws (no node of its subtree below it is at a
    /// noisy level, or the weight step fixes those weights), so its value depends only on the combination and is
    /// computed once per combination, with the same code and weights as a draw would use.
    /// </summary>
    public required bool[] Fixed { get; init; }

    public static CompiledStructure? Create(Recipe recipe, Panel panel, IReadOnlyList<Factor> factors, Build nominal,
        int year, int seed, int count, List<Diagnostic> diagnostics, BuildCache? cache = null)
    {
        var tree = nominal.Tree!;
        var aggregateRow = new int[tree.Nodes.Length];
        var indicatorRow = new int[tree.Nodes.Length];
        for (var i = 0; i < tree.Indicators.Length; i++)
        {
            indicatorRow[tree.Indicators[i]] = i;
        }

        for (var a = 0; a < tree.Aggregates.Length; a++)
        {
            aggregateRow[tree.Aggregates[a]] = a;
        }

        var childStart = new int[tree.Aggregates.Length + 1];
        var childRef = new List<int>();
        var childNode = new List<int>();
        for (var a = 0; a < tree.Aggregates.Length; a++)
        {
            childStart[a] = childRef.Count;
            foreach (var child in tree.ChildrenOf[tree.Aggregates[a]])
            {
                childRef.Add(tree.Nodes[child].Kind == NodeKind.Indicator ? indicatorRow[child] : ~aggregateRow[child]);
                childNode.Add(child);
            }
        }

        childStart[^1] = childRef.Count;

        // The discrete factors vary the recipe as the reference model does: its RecipeFor, with each level's midpoint.
        var discrete = Enumerable.Range(0, factors.Count).Where(f => factors[f] is not Factor.WeightNoise).ToArray();
        var levels = discrete.Select(f => factors[f].Levels!.Value).ToArray();
        var stride = new int[discrete.Length];
        for (int k = 0, s = 1; k < discrete.Length; s *= levels[k], k++)
        {
            stride[k] = s;
        }

        var reference = BuilderModel.Create(recipe, panel, [.. discrete.Select(f => factors[f])], year, seed, [], cache)!;
        var yearIndex = nominal.Scores!.YearIndex(year);
        var hasNoise = factors.Any(f => f is Factor.WeightNoise);
        var nominalWeights = nominal.Weights.ToArray();

        // A factor with nothing to act on (no normalise step, …) is the caller's bug: let it throw here, not inside the loop.
        _ = reference.RecipeFor(discrete.Select(f => 0.0).ToArray());
        var combinations = new CompiledCombination?[count];
        var failures = new (string Drawn, Diagnostic[] Errors)?[count];
        var weightDependent = new string?[count];
        Parallel.For(0, count, c =>
        {
            var draw = new double[discrete.Length];
            var dataKey = true;
            for (var k = 0; k < discrete.Length; k++)
            {
                var level = c / stride[k] % levels[k];
                draw[k] = (level + 0.5) / levels[k];
                dataKey &= level == 0 || factors[discrete[k]] is not Factor.AggregationChoice;
            }

            var (varied, drawn) = reference.RecipeFor(draw);
            if (hasNoise)
            {
                // What a draw with every noise multiplier 1 builds: the nominal weights, no weight step.
                varied = RecipeVariation.WithWeights(varied, tree, nominalWeights);
            }

            var build = BuildCache.Run(cache, varied, panel);
            if (!build.Succeeded || build.Scores is null)
            {
                failures[c] = (drawn, [.. build.Diagnostics.Where(d => d.Severity == Severity.Error)]);
                return;
            }

            combinations[c] = CompiledData.Extract(tree, build, yearIndex, withData: dataKey);
            if (hasNoise && CompiledData.SignDependsOnWeights(build, tree, combinations[c]!) is { } node)
            {
                weightDependent[c] = $"with {drawn}, the sign of '{node}' under a mean that needs positive values depends on the weights";
            }
        });

        if (Failed(failures, diagnostics))
        {
            return null;
        }

        if (weightDependent.FirstOrDefault(w => w is not null) is { } reason)
        {
            diagnostics.Add(CompiledModel.Fallback(reason));
            return null;
        }

        // Combinations that differ only in aggregation share the data of the one with the first aggregation option.
        for (var c = 0; c < count; c++)
        {
            var key = c;
            for (var k = 0; k < discrete.Length; k++)
            {
                if (factors[discrete[k]] is Factor.AggregationChoice)
                {
                    key -= c / stride[k] % levels[k] * stride[k];
                }
            }

            var own = combinations[c]!;
            var shared = combinations[key]!;
            combinations[c] = new CompiledCombination(shared.Values, shared.Logs, shared.Included, own.Methods, own.Parameters,
                own.ChildCounts) { Weights = own.Weights };
        }

        var random = new Random(Uncertainty.WeightDraws.SetsSeed(seed));
        var weightFactors = Enumerable.Range(0, factors.Count).Where(f => factors[f] is Factor.WeightNoise).ToArray();
        var draws = factors.Select(f => f is Factor.WeightNoise w ? new WeightDraws(tree, w, random) : null).ToArray();
        var noisyLevels = factors.OfType<Factor.WeightNoise>().SelectMany(f => f.TreeLevels).ToHashSet();
        var isFixed = new bool[tree.Aggregates.Length];
        for (var a = 0; a < tree.Aggregates.Length; a++)
        {
            isFixed[a] = true;
            for (var c = childStart[a]; c < childStart[a + 1]; c++)
            {
                var child = childNode[c];
                var varies = hasNoise && noisyLevels.Contains(tree.LevelOf[child]);
                isFixed[a] &= !varies && (childRef[c] >= 0 || isFixed[~childRef[c]]);
            }
        }

        var structure = new CompiledStructure
        {
            Units = panel.Units.Length,
            ChildStart = childStart,
            ChildRef = [.. childRef],
            ChildNode = [.. childNode],
            RootRow = aggregateRow[tree.Roots[0]],
            MinAvailability = recipe.Steps.OfType<Step.Aggregate>().Single().MinAvailability,
            DiscreteFactor = discrete,
            DiscreteLevels = levels,
            DiscreteStride = stride,
            WeightFactor = weightFactors,
            WeightDraws = [.. weightFactors.Select(f => draws[f]!)],
            BaseWeights = [.. nominal.Weights],
            HasNoise = hasNoise,
            Combinations = [.. combinations.Select(c => c!)],
            Fixed = isFixed,
        };
        var evaluator = new CompiledEvaluator(structure);
        foreach (var combination in structure.Combinations)
        {
            evaluator.ComputeFixed(combination);
        }

        return structure;
    }

    private static bool Failed((string Drawn, Diagnostic[] Errors)?[] failures, List<Diagnostic> diagnostics)
    {
        var failed = failures.Where(f => f is not null).Select(f => f!.Value).ToList();
        foreach (var (drawn, errors) in failed.Take(MaxReported))
        {
            diagnostics.AddRange(errors.Select(e => e with { Message = $"With {drawn}: {e.Message}" }));
        }

        if (failed.Count > MaxReported)
        {
            diagnostics.Add(Diagnostic.Error("uncertainty.combinations",
                $"{failed.Count - MaxReported} more combinations of the factors' levels do not build either.",
                null, failed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "factors whose every combination of levels builds"));
        }

        return failed.Count > 0;
    }
}
