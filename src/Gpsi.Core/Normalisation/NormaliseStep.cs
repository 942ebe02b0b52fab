using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Numerics;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Normalisation;

/// <summary>
/// Runs <see cref="Step.Normalise"/>: applies each indicator's direction (x ← direction·x, as COINr does), then its
/// method, per year or over the pooled panel, over the units included in each year (screened-out cells become NaN).
/// </summary>
internal static class NormaliseStep
{
    public const string OutputName = "Normalised";

    public static void Run(BuildContext context, Step.Normalise step)
    {
        var input = context.Current;
        var values = input.CopyValues();
        var units = input.Units.Count;
        var years = input.Years.Length;
        var block = step.Reference == NormalisationReference.Pooled ? units * years : units;
        var directed = new double[block];
        var failed = 0;
        // Pooled over the reported years only (the recipe's years, when it lists them): lookback years that feed
        // carry-forward and windows are not editions and must not move the reference.
        var pooledYears = PooledYears(context, step, input.Years);
        var allIncluded = Array.IndexOf(context.Included, false) < 0 && pooledYears is null;
        for (var c = 0; c < input.Columns.Count; c++)
        {
            var node = context.Tree.Nodes[context.IndicatorNode[c]];
            var method = step.PerIndicator?.GetValueOrDefault(node.Code) ?? step.Method;
            var field = step.PerIndicator?.ContainsKey(node.Code) == true ? $"perIndicator.{node.Code}" : "method";
            var column = values.AsSpan(c * years * units, years * units);
            for (var start = 0; start < column.Length; start += block)
            {
                var slice = column.Slice(start, block);
                var sign = (double)(int)node.Direction;
                if (allIncluded && sign > 0)
                {
                    slice.CopyTo(directed);
                }
                else
                {
                    for (var i = 0; i < block; i++)
                    {
                        // Units screened out of a year are not in COINr's data set at all: they must not set the
                        // reference (min, max, mean, ranks), and they get no normalised value.
                        directed[i] = context.Included[start + i] && (pooledYears is null || pooledYears[i / units])
                            ? sign * slice[i]
                            : double.NaN;
                    }
                }

                if (!Apply(method, node, directed, slice, context, field, out var ok))
                {
                    return;
                }

                if (!ok && Moments.Count(directed) > 0)
                {
                    failed++;
                    var year = step.Reference == NormalisationReference.Pooled
                        ? "pooled years"
                        : input.Years[start / units].ToString();
                    context.Diagnostics.Add(Diagnostic.Warning("normalise.degenerate",
                        $"Indicator '{node.Code}' ({year}) cannot be normalised by {MethodSyntax.Format(method)}: its values " +
                        "give no range (all equal, or max/target equal to min) or a ratio too large to represent; " +
                        "the result is NaN.",
                        new SourceLocation(Field: $"{node.Code}"), null, "values that differ"));
                }
            }
        }

        context.Commit(input.With(OutputName, values), step,
            $"{MethodSyntax.Format(step.Method)} on {input.Columns.Count} indicators, reference {step.Reference}" +
            (step.PerIndicator is { Count: > 0 } p ? $", {p.Count} indicator-specific" : string.Empty) +
            (failed > 0 ? $", {failed} degenerate" : string.Empty));
    }
    /// <summary>For a pooled reference with a recipe that lists its years: which panel years are in the pool; else null.</summary>
    private static bool[]? PooledYears(BuildContext context, Step.Normalise step,
        System.Collections.Immutable.ImmutableArray<int> years)
    {
        if (step.Reference != NormalisationReference.Pooled || context.Recipe.Years.IsDefaultOrEmpty)
        {
            return null;
        }

        var pooled = years.Select(y => context.Recipe.Years.Contains(y)).ToArray();
        return Array.IndexOf(pooled, false) < 0 ? null : pooled;
    }

    private static bool Apply(NormalisationMethod method, Structure.Node node, ReadOnlySpan<double> x,
        Span<double> y, BuildContext context, string field, out bool ok)
    {
        var sign = (double)(int)node.Direction;
        switch (method)
        {
            case NormalisationMethod.MinMax m:
                ok = Normalisers.MinMax(x, y, m.Lower, m.Upper);
                return true;
            case NormalisationMethod.ZScore z:
                ok = Normalisers.ZScore(x, y, z.Mean, z.StandardDeviation);
                return true;
            case NormalisationMethod.Rank:
                ok = Normalisers.Rank(x, y);
                return true;
            case NormalisationMethod.Borda:
                ok = Normalisers.Borda(x, y);
                return true;
            case NormalisationMethod.PercentileRank:
                ok = Normalisers.PercentileRank(x, y);
                return true;
            case NormalisationMethod.DistanceToMax:
                ok = Normalisers.DistanceToMax(x, y);
                return true;
            case NormalisationMethod.FractionOfMax:
                ok = Normalisers.FractionOfMax(x, y);
                return true;
            case NormalisationMethod.None:
                x.CopyTo(y);
                ok = true;
                return true;
            case NormalisationMethod.Goalposts g when node.Goalposts is { } gp:
                // Direction −1: the goalposts are reversed on the direction-adjusted values, (hi − x)/(hi − lo).
                var (lo, hi) = sign > 0 ? (gp.Lower, gp.Upper) : (-gp.Upper, -gp.Lower);
                ok = Normalisers.Goalposts(x, y, lo, hi, g.Scale, g.Truncate);
                return true;
            case NormalisationMethod.DistanceToTarget t when node.Target is { } target:
                ok = Normalisers.DistanceToTarget(x, y, sign * target, t.Cap);
                return true;
            case NormalisationMethod.Goalposts or NormalisationMethod.DistanceToTarget:
                var what = method is NormalisationMethod.Goalposts ? "goalposts" : "target";
                context.Diagnostics.Add(Diagnostic.Error($"normalise.missing-{what}",
                    $"Indicator '{node.Code}' has no {what}, which {MethodSyntax.Format(method)} needs.",
                    context.StepField(field), null, $"a '{what}' on indicator '{node.Code}'"));
                ok = false;
                return false;
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown normalisation method.");
        }
    }
}
