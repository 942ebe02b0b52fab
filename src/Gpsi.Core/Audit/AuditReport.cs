using System.Collections.Immutable;

namespace Gpsi.Core.Audit;

/// <summary>The statistical audit of a build in one year (COINr <c>get_stats</c>, <c>get_corr</c>,
/// <c>get_cronbach</c>, <c>get_PCA</c>); see <see cref="Auditor.Run"/>.</summary>
/// <param name="Year">The year audited.</param>
/// <param name="StatisticsDataSet">The data set the indicator statistics describe.</param>
/// <param name="Statistics">One entry per column of that data set, in column order.</param>
/// <param name="Pearson">Pearson correlations between all tree nodes (indicators as aggregation saw them, and every
/// aggregate's scores).</param>
/// <param name="Spearman">Spearman correlations between the same nodes.</param>
/// <param name="ParentCorrelations">Every node below the index with its parent and the index, in tree order.</param>
/// <param name="Aggregates">Cronbach's α and PCA per aggregate, in aggregation order.</param>
public sealed record AuditReport(
    int Year,
    string StatisticsDataSet,
    ImmutableArray<IndicatorStatistics> Statistics,
    CorrelationMatrix Pearson,
    CorrelationMatrix Spearman,
    ImmutableArray<ParentCorrelation> ParentCorrelations,
    ImmutableArray<AggregateAudit> Aggregates)
{
    /// <summary>The |r| below which a link to the parent was flagged weak (<see cref="AuditOptions.WeakCorrelation"/>).</summary>
    public double WeakCorrelation { get; init; } = AuditOptions.Default.WeakCorrelation;
}
