using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Numerics;
using Gpsi.Core.Panels;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Audit;

/// <summary>
/// The statistical audit of a finished build, one year at a time: indicator statistics, correlations within and
/// across levels, Cronbach's α and PCA per aggregate (COINr <c>get_stats</c>, <c>get_corr</c>, <c>get_cronbach</c>,
/// <c>get_PCA</c>). Only the units the build includes in that year take part (screened units are left out, as COINr's
/// screened data set leaves them out). Correlations, α and PCA use the build's scores: indicators as aggregation saw
/// them (normalised, if the recipe normalises) and every aggregate's score.
/// </summary>
public static class Auditor
{
    /// <summary>Audits <paramref name="build"/> in the year at <paramref name="yearIndex"/>.</summary>
    /// <exception cref="ArgumentException">The build did not aggregate (no scores), or
    /// <see cref="AuditOptions.StatisticsDataSet"/> is not one of its data sets.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearIndex"/> is not a year of the build.</exception>
    public static AuditReport Run(Build build, int yearIndex, AuditOptions? options = null)
    {
        options ??= AuditOptions.Default;
        var (scores, tree, included) = Prepare(build, yearIndex);
        var data = build.Find(options.StatisticsDataSet) ?? throw new ArgumentException(
            $"The build has no data set '{options.StatisticsDataSet}'.", nameof(options));
        var codes = tree.NodeAxis.Codes;
        return new AuditReport(
            scores.Years[yearIndex],
            data.Name,
            Statistics(data, yearIndex, included, options),
            CorrelationMatrix.Compute(scores, yearIndex, codes, codes, CorrelationMethod.Pearson, included),
            CorrelationMatrix.Compute(scores, yearIndex, codes, codes, CorrelationMethod.Spearman, included),
            ParentCorrelations(build, yearIndex, options),
            Aggregates(build, yearIndex, options)) { WeakCorrelation = options.WeakCorrelation };
    }

    /// <summary>
    /// Statistics of every column of <paramref name="data"/> in one year, over the units with
    /// <paramref name="included"/>[unit] (every unit when empty).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="included"/> has the wrong length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearIndex"/> is not a year of the data.</exception>
    public static ImmutableArray<IndicatorStatistics> Statistics(DataSet data, int yearIndex,
        ReadOnlySpan<bool> included = default, AuditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var units = AuditData.Units(data, yearIndex, included);
        var unitCodes = units.Select(u => data.Units[u]).ToArray();
        var values = AuditData.Gather(data, yearIndex, data.Columns.Codes, units);
        var result = ImmutableArray.CreateBuilder<IndicatorStatistics>(data.Columns.Count);
        for (var c = 0; c < data.Columns.Count; c++)
        {
            result.Add(IndicatorStatistics.Compute(data.Columns[c], values.AsSpan(c * units.Length, units.Length),
                unitCodes, options));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Every node below the index with its correlation (<see cref="AuditOptions.ParentMethod"/>) with its parent and
    /// with the index, flagged when weak (|r| &lt; <see cref="AuditOptions.WeakCorrelation"/>), negative or undefined.
    /// </summary>
    /// <exception cref="ArgumentException">The build did not aggregate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearIndex"/> is not a year of the build.</exception>
    public static ImmutableArray<ParentCorrelation> ParentCorrelations(Build build, int yearIndex,
        AuditOptions? options = null)
    {
        options ??= AuditOptions.Default;
        var (scores, tree, included) = Prepare(build, yearIndex);
        var units = AuditData.Units(scores, yearIndex, included);
        var n = units.Length;
        var values = AuditData.Gather(scores, yearIndex, tree.NodeAxis.Codes, units);
        var root = tree.Roots[0];
        var result = ImmutableArray.CreateBuilder<ParentCorrelation>();
        for (var node = 0; node < tree.Nodes.Length; node++)
        {
            var parent = tree.ParentOf[node];
            if (parent < 0)
            {
                continue;
            }

            var x = values.AsSpan(node * n, n);
            var withParent = Correlate(x, values.AsSpan(parent * n, n), options.ParentMethod);
            var withIndex = parent == root ? withParent : Correlate(x, values.AsSpan(root * n, n), options.ParentMethod);
            var concern = double.IsNaN(withParent) ? CorrelationConcern.Undefined
                : Math.Abs(withParent) < options.WeakCorrelation ? CorrelationConcern.Weak
                : withParent < 0 ? CorrelationConcern.Negative
                : CorrelationConcern.None;
            result.Add(new ParentCorrelation(tree.Nodes[node].Code, tree.LevelOf[node], tree.Nodes[parent].Code,
                withParent, withIndex, concern));
        }

        return result.ToImmutable();
    }

    /// <summary>Cronbach's α and a PCA of every aggregate's children (over their scores in the build).</summary>
    /// <exception cref="ArgumentException">The build did not aggregate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearIndex"/> is not a year of the build.</exception>
    public static ImmutableArray<AggregateAudit> Aggregates(Build build, int yearIndex, AuditOptions? options = null)
    {
        options ??= AuditOptions.Default;
        var (scores, tree, included) = Prepare(build, yearIndex);
        var units = AuditData.Units(scores, yearIndex, included);
        var result = ImmutableArray.CreateBuilder<AggregateAudit>(tree.Aggregates.Length);
        foreach (var node in tree.Aggregates)
        {
            var children = tree.ChildrenOf[node].Select(c => tree.Nodes[c].Code).ToImmutableArray();
            var values = AuditData.Gather(scores, yearIndex, children, units);
            var alpha = units.Length == 0 ? double.NaN : Cronbach.Alpha(values, units.Length);
            PrincipalComponents? pca = null;
            string? problem = "a single child";
            if (children.Length >= 2)
            {
                PrincipalComponents.TryFit(values, units.Length, children, options.FixPcaSign, out pca, out problem);
            }

            result.Add(new AggregateAudit(tree.Nodes[node].Code, tree.LevelOf[node], children, alpha, pca, problem));
        }

        return result.MoveToImmutable();
    }

    private static double Correlate(ReadOnlySpan<double> x, ReadOnlySpan<double> y, CorrelationMethod method) =>
        method switch
        {
            CorrelationMethod.Pearson => Correlation.Pearson(x, y),
            CorrelationMethod.Spearman => Correlation.Spearman(x, y),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown correlation."),
        };

    private static (DataSet Scores, IndexTree Tree, bool[] Included) Prepare(Build build, int yearIndex)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (build.Scores is not { } scores || build.Tree is not { } tree)
        {
            throw new ArgumentException("The audit needs a build that aggregated (it has no scores).", nameof(build));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(yearIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(yearIndex, scores.Years.Length);
        var included = new bool[scores.Units.Count];
        for (var u = 0; u < included.Length; u++)
        {
            included[u] = build.IsIncluded(yearIndex, u);
        }

        return (scores, tree, included);
    }
}
