using System.Numerics;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Aggregation;

/// <summary>
/// Runs <see cref="Step.Aggregate"/>: computes every aggregate, level by level, from its children with the sibling
/// weights of the build. The output data set has one column per tree node (indicators carry their input values).
/// </summary>
internal static class AggregateStep
{
    public const string OutputName = "Aggregated";

    public static void Run(BuildContext context, Step.Aggregate step)
    {
        var input = context.Current;
        var tree = context.Tree;
        var units = input.Units.Count;
        var years = input.Years.Length;
        var block = units * years;
        var values = new double[tree.Nodes.Length * block];
        Array.Fill(values, double.NaN);
        for (var c = 0; c < input.Columns.Count; c++)
        {
            input.Column(c).CopyTo(values.AsSpan(context.IndicatorNode[c] * block, block));
        }

        var maxChildren = tree.ChildrenOf.Max(c => c.Length);
        var x = new double[maxChildren];
        var w = new double[maxChildren];
        bool[]? eligible = null;
        foreach (var node in tree.Aggregates)
        {
            var children = tree.ChildrenOf[node];
            var method = step.ByLevel?.GetValueOrDefault(tree.LevelOf[node]) ?? step.Method;
            for (var k = 0; k < children.Length; k++)
            {
                w[k] = context.Weights[children[k]];
            }

            if (method is AggregationMethod.Copeland)
            {
                eligible ??= new bool[block];
                MarkEligible(context, step, values, block, children, eligible);
                Copeland.Aggregate(values, block, children, w.AsSpan(0, children.Length), units, years, eligible,
                    values.AsSpan(node * block, block));
                continue;
            }

            if (method is AggregationMethod.ArithmeticMean && step.MinAvailability is null)
            {
                ArithmeticMeanOfChildren(values, block, children, w, values.AsSpan(node * block, block));
                continue;
            }

            for (var y = 0; y < years; y++)
            {
                for (var u = 0; u < units; u++)
                {
                    var cell = (y * units) + u;
                    var available = 0;
                    for (var k = 0; k < children.Length; k++)
                    {
                        x[k] = values[(children[k] * block) + cell];
                        available += double.IsNaN(x[k]) ? 0 : 1;
                    }

                    if (available == 0 || (step.MinAvailability is { } t && (double)available / children.Length < t))
                    {
                        continue;
                    }

                    var xs = x.AsSpan(0, children.Length);
                    var ws = w.AsSpan(0, children.Length);
                    if (method is AggregationMethod.GeometricMean { Shift: { } shift })
                    {
                        for (var k = 0; k < xs.Length; k++)
                        {
                            xs[k] += shift;
                        }
                    }

                    if (NeedsPositive(method) && Aggregators.FirstNonPositive(xs) is var bad and >= 0)
                    {
                        var unit = input.Units[u];
                        var child = tree.Nodes[children[bad]].Code;
                        context.Diagnostics.Add(Diagnostic.Error("aggregate.non-positive",
                            $"{MethodSyntax.Format(method)} of '{tree.Nodes[node].Code}' for unit '{unit}' ({input.Years[y]}) " +
                            $"needs positive values, but child '{child}' is {xs[bad]:R}.",
                            context.StepField("method"), xs[bad].ToString("R"),
                            "values > 0 (normalise to a positive range such as minmax(1, 100), or give the " +
                            "geometric mean a shift)"));
                        return;
                    }

                    values[(node * block) + cell] = method switch
                    {
                        AggregationMethod.ArithmeticMean => Aggregators.ArithmeticMean(xs, ws),
                        AggregationMethod.GeometricMean => Aggregators.GeometricMean(xs, ws),
                        AggregationMethod.HarmonicMean => Aggregators.HarmonicMean(xs, ws),
                        AggregationMethod.GeneralisedMean g => Aggregators.GeneralisedMean(xs, ws, g.P),
                        AggregationMethod.Median => Aggregators.Median(xs, ws),
                        _ => throw new ArgumentOutOfRangeException(nameof(step), method, "Unknown aggregation."),
                    };
                }
            }
        }

        var summary = $"{MethodSyntax.Format(step.Method)} over {tree.Aggregates.Length} aggregates in {tree.Depth - 1} levels";
        if (step.ByLevel is { Count: > 0 } byLevel)
        {
            summary += "; by level: " + string.Join(", ", byLevel.Select(kv => $"{kv.Key}={MethodSyntax.Format(kv.Value)}"));
        }

        if (step.MinAvailability is { } threshold)
        {
            summary += $"; an aggregate needs ≥ {threshold:R} of its children";
        }

        context.Commit(new Panels.DataSet(OutputName, input.Units, tree.NodeAxis, input.Years, values), step, summary);
    }

    /// <summary>
    /// The common case in one tight loop over cells: Σwx/Σw over available children, reading the children's columns
    /// in place (the same arithmetic, in the same order, as <see cref="Aggregators.ArithmeticMean"/>).
    /// </summary>
    private static void ArithmeticMeanOfChildren(double[] values, int block,
        System.Collections.Immutable.ImmutableArray<int> children, double[] w, Span<double> output)
    {
        // Column by column, four cells at a time; each cell still adds its children in order, w·x then +, so the
        // sums are bit-identical to the scalar formula.
        var sum = block <= 1024 ? stackalloc double[block] : new double[block];
        var weight = block <= 1024 ? stackalloc double[block] : new double[block];
        sum.Clear();
        weight.Clear();
        var width = Vector<double>.Count;
        for (var k = 0; k < children.Length; k++)
        {
            var column = values.AsSpan(children[k] * block, block);
            var wk = w[k];
            var vw = new Vector<double>(wk);
            var i = 0;
            for (; i <= block - width; i += width)
            {
                var v = new Vector<double>(column[i..]);
                var present = Vector.Equals(v, v);
                var s = new Vector<double>(sum[i..]);
                var t = new Vector<double>(weight[i..]);
                Vector.ConditionalSelect(present, s + (vw * v), s).CopyTo(sum[i..]);
                Vector.ConditionalSelect(present, t + vw, t).CopyTo(weight[i..]);
            }

            for (; i < block; i++)
            {
                var v = column[i];
                if (!double.IsNaN(v))
                {
                    sum[i] += wk * v;
                    weight[i] += wk;
                }
            }
        }

        for (var cell = 0; cell < block; cell++)
        {
            output[cell] = weight[cell] == 0 ? double.NaN
                : double.IsFinite(sum[cell]) ? sum[cell] / weight[cell]
                : Aggregators.ArithmeticMean(Gather(values, children, block, cell), w.AsSpan(0, children.Length));
        }
    }

    private static double[] Gather(double[] values, System.Collections.Immutable.ImmutableArray<int> children,
        int block, int cell)
    {
        var x = new double[children.Length];
        for (var k = 0; k < x.Length; k++)
        {
            x[k] = values[(children[k] * block) + cell];
        }

        return x;
    }
    private static bool NeedsPositive(AggregationMethod method) => method switch
    {
        AggregationMethod.GeometricMean or AggregationMethod.HarmonicMean => true,
        AggregationMethod.GeneralisedMean g => g.P <= 0,
        _ => false,
    };

    // Copeland compares units with each other, so a unit that gets no score (screened out, no available child, or
    // below the availability threshold) must also stay out of everyone else's comparisons.
    private static void MarkEligible(BuildContext context, Step.Aggregate step, double[] values, int block,
        System.Collections.Immutable.ImmutableArray<int> children, bool[] eligible)
    {
        for (var cell = 0; cell < block; cell++)
        {
            var available = 0;
            foreach (var child in children)
            {
                available += double.IsNaN(values[(child * block) + cell]) ? 0 : 1;
            }

            eligible[cell] = context.Included[cell] && available > 0 &&
                !(step.MinAvailability is { } t && (double)available / children.Length < t);
        }
    }
}
