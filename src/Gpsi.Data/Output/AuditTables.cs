using Gpsi.Core.Audit;

namespace Gpsi.Data.Output;

/// <summary>The tables of <c>gpsi audit</c>'s output folder (<see cref="AuditFiles"/>).</summary>
internal static class AuditTables
{
    /// <summary>One row per column of the statistics data set: COINr <c>get_stats</c>'s columns and flags, plus the
    /// IQR outliers.</summary>
    public static OutputTable Indicators(AuditReport audit) => new(
        ["year", "indicator", "units", "available", "availability", "min", "max", "mean", "median", "sd", "skewness",
            "kurtosis", "non_zero", "unique", "q1", "q3", "outliers", "outlier_units", "low_availability",
            "low_non_zero", "low_unique", "skew_kurt_outlier"],
        [.. audit.Statistics.Select(s => new object?[]
        {
            audit.Year, s.Code, s.Units, s.Available, s.Availability, s.Min, s.Max, s.Mean, s.Median,
            s.StandardDeviation, s.Skewness, s.Kurtosis, s.NonZero, s.Unique, s.LowerQuartile, s.UpperQuartile,
            s.OutlierCount, string.Join(' ', s.Outliers), s.LowAvailability, s.LowNonZero, s.LowUnique,
            s.SkewKurtOutlier,
        })]);

    /// <summary>
    /// Every pair of distinct tree nodes once (in tree order), with how they relate (<c>parent</c>: the second is the
    /// first's parent; <c>ancestor</c>: a higher ancestor, e.g. the index; <c>sibling</c>: same parent; <c>other</c>),
    /// Pearson and Spearman coefficients, the complete pairs, and for parent pairs the concern.
    /// </summary>
    public static OutputTable Correlations(AuditReport audit)
    {
        var tree = AuditTree.Of(audit);
        var codes = audit.Pearson.RowCodes;
        var rows = new List<object?[]>();
        for (var i = 0; i < codes.Length; i++)
        {
            for (var j = i + 1; j < codes.Length; j++)
            {
                // Lower level first, so "parent" reads "node_b is node_a's parent".
                var (a, b) = tree.Level(codes[i]) <= tree.Level(codes[j]) ? (i, j) : (j, i);
                var relation = tree.Relation(codes[a], codes[b]);
                rows.Add(
                [
                    audit.Year, codes[a], tree.Level(codes[a]), codes[b], tree.Level(codes[b]), relation,
                    audit.Pearson[a, b], audit.Spearman[a, b], audit.Pearson.Pairs(a, b),
                    relation == "parent" ? Concern(tree.Link(codes[a])!.Concern) : null,
                ]);
            }
        }

        return new OutputTable(["year", "node_a", "level_a", "node_b", "level_b", "relation", "pearson", "spearman",
            "pairs", "flag"], rows);
    }

    /// <summary>One row per aggregate and child: α and the first principal component's share, eigenvalue and the
    /// child's loading on it.</summary>
    public static OutputTable Dimensions(AuditReport audit)
    {
        var rows = new List<object?[]>();
        foreach (var g in audit.Aggregates)
        {
            for (var c = 0; c < g.Children.Length; c++)
            {
                rows.Add(
                [
                    audit.Year, g.Code, g.Level, g.Children.Length, g.CronbachAlpha, g.Pca?.Rows,
                    g.Pca?.VarianceExplained[0], g.Pca?.Eigenvalues[0], g.Children[c], g.Pca?.Loadings[0][c],
                    g.PcaProblem,
                ]);
            }
        }

        return new OutputTable(["year", "aggregate", "level", "children", "cronbach_alpha", "pca_rows",
            "pc1_variance_share", "pc1_eigenvalue", "child", "pc1_loading", "pca_problem"], rows);
    }

    /// <summary>One row per indicator: the leave-one-out summary.</summary>
    public static OutputTable LeaveOneOut(LeaveOneOutResult result) => new(
        ["year", "indicator", "parent", "weight", "compared", "entered", "left", "mean_abs_rank_shift",
            "max_abs_rank_shift", "largest_shifts", "problem"],
        [.. result.Removals.Select(r => new object?[]
        {
            result.Year, r.Indicator, r.Parent, r.Weight, r.Compared, r.Entered, r.Left, r.MeanAbsoluteShift,
            r.MaxAbsoluteShift, string.Join(' ', r.LargestShifts.Select(Shift)),
            r.Built ? null : string.Join(" | ", r.Problems.Select(p => p.Message)),
        })]);

    /// <summary>One row per unit and indicator, units in panel order: nominal rank, rank without, shift.</summary>
    public static OutputTable RankShifts(LeaveOneOutResult result)
    {
        var rows = new List<object?[]>();
        for (var u = 0; u < result.Units.Length; u++)
        {
            for (var k = 0; k < result.Removals.Length; k++)
            {
                var r = result.Removals[k];
                rows.Add(
                [
                    result.Year, result.Units[u], Rank(result.NominalRanks[u]), r.Indicator, Rank(r.Ranks[u]),
                    result.Shift(k, u),
                ]);
            }
        }

        return new OutputTable(["year", "unit", "nominal_rank", "indicator", "rank_without", "shift"], rows);
    }

    /// <summary>"CHN:+3" style: unit, colon, signed shift.</summary>
    public static string Shift(RankShift s) => $"{s.Unit}:{s.Shift:+0;-0;0}";

    public static string Concern(CorrelationConcern concern) => concern switch
    {
        CorrelationConcern.None => "ok",
        CorrelationConcern.Weak => "weak",
        CorrelationConcern.Negative => "negative",
        CorrelationConcern.Undefined => "undefined",
        _ => throw new ArgumentOutOfRangeException(nameof(concern), concern, "Unknown concern."),
    };

    private static int? Rank(int rank) => rank > 0 ? rank : null;
}
