using Gpsi.Core.Audit;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Weighting;

/// <summary>
/// PCA weights per aggregation group; COINr <c>get_PCA(by_groups = TRUE, Level = 1)</c>. For each aggregate whose
/// children are all indicators, the children's weights become the PC1 loadings (unit-length, not rescaled) of a PCA
/// of their values in the current data set (correlation matrix, complete rows only). Every other weight stays as it
/// is.
/// </summary>
/// <remarks>
/// COINr's coin holds one year; a panel build pools every year's rows of the included units into one PCA per group,
/// so the weights are the same in every year. Groups with fewer than two children keep their weights; a group whose
/// PCA cannot be computed (too few complete rows, a constant indicator) keeps its weights with a warning.
/// </remarks>
internal static class PcaWeights
{
    public static string Apply(BuildContext context, WeightingMethod.Pca method)
    {
        var tree = context.Tree;
        var data = context.Current;
        var units = data.Units.Count;
        var years = data.Years.Length;
        var cells = Enumerable.Range(0, years * units).Where(cell => context.Included[cell]).ToArray();
        var weights = (double[])context.Weights.Clone();
        var done = new List<string>();
        int small = 0, failed = 0, mixed = 0;
        foreach (var node in tree.Aggregates)
        {
            var children = tree.ChildrenOf[node];
            var indicators = children.Count(c => tree.Nodes[c].Kind == NodeKind.Indicator);
            if (indicators == 0)
            {
                continue;
            }

            var code = tree.Nodes[node].Code;
            if (indicators < children.Length)
            {
                mixed++;
                context.Diagnostics.Add(Diagnostic.Warning("weight.pca-mixed-group",
                    $"Aggregate '{code}' has both indicators and aggregates as children; PCA weights need a group of " +
                    "indicators only, so its weights are kept.", context.StepField("method"), code,
                    "an aggregate whose children are all indicators"));
                continue;
            }

            if (children.Length < 2)
            {
                small++;
                continue;
            }

            var buffer = new double[children.Length * cells.Length];
            for (var k = 0; k < children.Length; k++)
            {
                // By code: the current data set holds the indicators (or every node, after an aggregate step).
                var column = data.Column(data.Columns.IndexOf(tree.Nodes[children[k]].Code));
                for (var r = 0; r < cells.Length; r++)
                {
                    buffer[(k * cells.Length) + r] = column[cells[r]];
                }
            }

            var names = children.Select(c => tree.Nodes[c].Code).ToArray();
            if (!PrincipalComponents.TryFit(buffer, cells.Length, names, method.FixSign, out var pca, out var problem))
            {
                failed++;
                context.Diagnostics.Add(Diagnostic.Warning("weight.pca-failed",
                    $"PCA weights for '{code}' cannot be computed ({problem}); its children keep their weights.",
                    context.StepField("method"), code, "indicators with variance and enough complete rows"));
                continue;
            }

            for (var k = 0; k < children.Length; k++)
            {
                weights[children[k]] = pca.Loadings[0][k];
            }

            if (pca.Loadings[0].Any(l => l < 0))
            {
                context.Diagnostics.Add(Diagnostic.Warning("weight.pca-negative",
                    $"PCA weights for '{code}' include negative loadings ({string.Join(", ",
                        names.Zip(pca.Loadings[0], (n, l) => $"{n} {l:G6}"))}); aggregation uses them as they are, " +
                    "as COINr does.", context.StepField("method"), code, "loadings of one sign"));
            }

            done.Add($"{code} ({pca.Rows} rows, PC1 {pca.VarianceExplained[0]:P1})");
        }

        context.Weights = weights;
        var sign = method.FixSign
            ? "signs fixed so each group's loadings sum positive"
            : "raw signs as the eigen-solver returns them (arbitrary, as COINr's; may differ from R's)";
        var summary = $"PCA (COINr get_PCA by_groups): PC1 loadings (unit length, not rescaled) as weights of " +
            $"{done.Count} groups, {sign}; complete rows of included units pooled over {years} year(s) of " +
            $"'{data.Name}'";
        if (done.Count > 0)
        {
            summary += ": " + string.Join(", ", done);
        }

        if (small + failed + mixed > 0)
        {
            summary += $"; kept weights: {small} single-child, {failed} failed, {mixed} mixed groups";
        }

        return summary + "; other weights unchanged";
    }
}
