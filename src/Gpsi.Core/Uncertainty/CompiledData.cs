using Gpsi.Core.Aggregation;
using Gpsi.Core.Building;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Uncertainty;

/// <summary>Takes from one combination's full build what a <see cref="CompiledModel"/> keeps of it.</summary>
internal static class CompiledData
{
    /// <summary>
    /// The analysed year's aggregation input mapped onto the nominal <paramref name="tree"/> (NaN for an indicator the
    /// combination's tree lacks), the units ranked, and per aggregate the method and child count of that tree.
    /// </summary>
    public static CompiledCombination Extract(IndexTree tree, Build build, int yearIndex, bool withData)
    {
        var own = build.Tree!;
        var scores = build.Scores!;
        var units = build.Panel.Units.Length;
        double[] values = [], logs = [];
        bool[] included = [];
        if (withData)
        {
            values = new double[tree.Indicators.Length * units];
            logs = new double[values.Length];
            included = new bool[units];
            for (var i = 0; i < tree.Indicators.Length; i++)
            {
                var row = values.AsSpan(i * units, units);
                var column = scores.Columns.IndexOf(tree.Nodes[tree.Indicators[i]].Code);
                if (column < 0)
                {
                    row.Fill(double.NaN);
                }
                else
                {
                    scores.Slice(column, yearIndex).CopyTo(row);
                }
            }

            for (var i = 0; i < values.Length; i++)
            {
                logs[i] = Math.Log(values[i]);
            }

            for (var u = 0; u < units; u++)
            {
                included[u] = build.IsIncluded(yearIndex, u);
            }
        }

        var step = build.Recipe.Steps.OfType<Step.Aggregate>().Single();
        var methods = new CompiledMethod[tree.Aggregates.Length];
        var parameters = new double[tree.Aggregates.Length];
        var childCounts = new int[tree.Aggregates.Length];
        for (var a = 0; a < tree.Aggregates.Length; a++)
        {
            var node = own.IndexOf(tree.Nodes[tree.Aggregates[a]].Code);
            var method = step.ByLevel?.GetValueOrDefault(own.LevelOf[node]) ?? step.Method;
            (methods[a], parameters[a]) = method switch
            {
                AggregationMethod.ArithmeticMean => (CompiledMethod.ArithmeticMean, double.NaN),
                AggregationMethod.GeometricMean { Shift: { } shift } => (CompiledMethod.ShiftedGeometricMean, shift),
                AggregationMethod.GeometricMean => (CompiledMethod.GeometricMean, double.NaN),
                AggregationMethod.HarmonicMean => (CompiledMethod.HarmonicMean, double.NaN),
                AggregationMethod.GeneralisedMean g => (CompiledMethod.GeneralisedMean, g.P),
                AggregationMethod.Median => (CompiledMethod.Median, double.NaN),
                _ => throw new InvalidOperationException($"The compiled model cannot evaluate {method}."),
            };
            childCounts[a] = own.ChildrenOf[node].Length;
        }

        var weights = new double[tree.Nodes.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var node = own.IndexOf(tree.Nodes[i].Code);
            weights[i] = node < 0 ? 0 : build.Weights[node];
        }

        return new CompiledCombination(values, logs, included, methods, parameters, childCounts) { Weights = weights };
    }

    /// <summary>
    /// The code of an aggregate that feeds a mean needing positive values (geometric, harmonic, generalised with
    /// p ≤ 0) while some indicator under it is ≤ 0 (≤ −shift for a shifted geometric mean) in some year: its sign could
    /// then change with the weights, and a replication could fail where the nominal weights build. Null when no such
    /// aggregate exists.
    /// </summary>
    public static string? SignDependsOnWeights(Build build, IndexTree tree, CompiledCombination combination)
    {
        var own = build.Tree!;
        var scores = build.Scores!;
        for (var a = 0; a < tree.Aggregates.Length; a++)
        {
            if (combination.Methods[a] is CompiledMethod.ArithmeticMean or CompiledMethod.Median
                || (combination.Methods[a] is CompiledMethod.GeneralisedMean && combination.Parameters[a] > 0))
            {
                continue;
            }

            // A shifted geometric mean adds its shift to every child first: only values ≤ −shift are a problem.
            var floor = combination.Methods[a] is CompiledMethod.ShiftedGeometricMean ? -combination.Parameters[a] : 0;
            foreach (var child in own.ChildrenOf[own.IndexOf(tree.Nodes[tree.Aggregates[a]].Code)])
            {
                if (own.Nodes[child].Kind == NodeKind.Aggregate && AnyAtOrBelow(own, scores, child, floor))
                {
                    return own.Nodes[child].Code;
                }
            }
        }

        return null;
    }

    private static bool AnyAtOrBelow(IndexTree tree, Panels.DataSet scores, int node, double floor)
    {
        if (tree.Nodes[node].Kind == NodeKind.Indicator)
        {
            foreach (var x in scores.Column(scores.Columns.IndexOf(tree.Nodes[node].Code)))
            {
                if (x <= floor)
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var child in tree.ChildrenOf[node])
        {
            if (AnyAtOrBelow(tree, scores, child, floor))
            {
                return true;
            }
        }

        return false;
    }
}
