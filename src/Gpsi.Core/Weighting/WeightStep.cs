using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Weighting;

/// <summary>
/// Runs <see cref="Step.Weight"/>: sets the sibling weights the aggregate step uses. It makes no data set; the log
/// records the weights chosen.
/// </summary>
internal static class WeightStep
{
    public static void Run(BuildContext context, Step.Weight step)
    {
        var tree = context.Tree;
        string summary;
        switch (step.Method)
        {
            case WeightingMethod.Manual:
                context.Weights = [.. tree.Nodes.Select(n => n.Weight)];
                summary = "manual: the weights on the tree";
                break;
            case WeightingMethod.Equal:
                context.Weights = [.. tree.Nodes.Select(_ => 1.0)];
                summary = "equal: every weight 1";
                break;
            case WeightingMethod.Set set:
                var weights = tree.Nodes.Select(n => n.Weight).ToArray();
                foreach (var (code, weight) in set.Weights)
                {
                    var i = tree.IndexOf(code);
                    if (i < 0)
                    {
                        context.Diagnostics.Add(Diagnostic.Error("weight.unknown-node",
                            $"Weight set '{set.Name}' names '{code}', which is not in the tree.",
                            context.StepField($"weights.{code}"), code, "an indicator or aggregate code"));
                        return;
                    }

                    weights[i] = weight;
                }

                context.Weights = weights;
                summary = $"set '{set.Name}': {set.Weights.Count} weights replaced";
                break;
            case WeightingMethod.Pca pca:
                summary = PcaWeights.Apply(context, pca);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Method, "Unknown weighting.");
        }

        context.Log.Add(new StepRecord(context.StepIndex, step.Kind, step, context.Current.Name, summary));
    }
}
