using System.Globalization;
using System.Text;
using Gpsi.Core.Audit;

namespace Gpsi.Data.Output;

/// <summary>
/// The output folder of <c>gpsi audit</c> (see <c>docs/audit.md</c>): <c>audit-indicators.csv</c>,
/// <c>audit-correlations.csv</c>, <c>audit-dimensions.csv</c>, <c>audit-leave-one-out.csv</c>,
/// <c>audit-rank-shifts.csv</c> and <c>summary.txt</c>. Every CSV row ends with <c>recipe_hash,snapshot_id</c>, as in
/// <c>docs/outputs.md</c>; numbers as R writes them, empty when missing. Pure: the same audit gives the same bytes.
/// </summary>
public static class AuditFiles
{
    /// <summary>The files, CSVs first, <c>summary.txt</c> last.</summary>
    /// <param name="audit">The statistical audit (<see cref="Auditor.Run"/>).</param>
    /// <param name="leaveOneOut">The leave-one-out effects of the same recipe and year.</param>
    /// <param name="recipeName">The recipe's name, for the summary.</param>
    /// <param name="recipeHash">The recipe hash (<c>sha256:…</c>).</param>
    /// <param name="snapshotId">The data snapshot id (<c>sha256:…</c>).</param>
    /// <exception cref="ArgumentException">The two results are of different years.</exception>
    public static IReadOnlyList<OutputFile> Render(AuditReport audit, LeaveOneOutResult leaveOneOut, string recipeName,
        string recipeHash, string snapshotId)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(leaveOneOut);
        if (audit.Year != leaveOneOut.Year)
        {
            throw new ArgumentException($"The audit is of {audit.Year}, the leave-one-out of {leaveOneOut.Year}.",
                nameof(leaveOneOut));
        }

        OutputFile Csv(string name, OutputTable table) => new(name, OutputCsv.Render(table, recipeHash, snapshotId));
        return
        [
            Csv("audit-indicators.csv", AuditTables.Indicators(audit)),
            Csv("audit-correlations.csv", AuditTables.Correlations(audit)),
            Csv("audit-dimensions.csv", AuditTables.Dimensions(audit)),
            Csv("audit-leave-one-out.csv", AuditTables.LeaveOneOut(leaveOneOut)),
            Csv("audit-rank-shifts.csv", AuditTables.RankShifts(leaveOneOut)),
            new("summary.txt", new UTF8Encoding(false).GetBytes(Summary(audit, leaveOneOut, recipeName, recipeHash, snapshotId, brief: false))),
        ];
    }

    /// <summary>
    /// The text of <c>summary.txt</c> and, <paramref name="brief"/>, what <c>gpsi audit</c> prints: the flagged links
    /// to the parent, α and the first component's share per aggregate, the flagged indicators (brief: their codes on
    /// one line) and the leave-one-out effects, largest first (brief: the five largest).
    /// </summary>
    public static string Summary(AuditReport audit, LeaveOneOutResult leaveOneOut, string recipeName, string recipeHash,
        string snapshotId, bool brief)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(leaveOneOut);
        var s = new StringBuilder();
        void Line(FormattableString text) => s.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');
        static string N(double x, string format = "0.000") =>
            double.IsNaN(x) ? "NA" : x.ToString(format, CultureInfo.InvariantCulture);
        Line($"audit of {recipeName} in {audit.Year} ({recipeHash}, data {snapshotId})");
        var flagged = audit.ParentCorrelations.Where(p => p.Concern != CorrelationConcern.None).ToList();
        Line($"correlations with the parent flagged: {flagged.Count} of {audit.ParentCorrelations.Length}");
        foreach (var p in flagged)
        {
            Line($"  {p.Code} ~ {p.Parent}: r = {N(p.WithParent)} ({AuditTables.Concern(p.Concern)}), with the index {N(p.WithIndex)}");
        }

        Line($"aggregates (Cronbach's alpha; first principal component's share of variance):");
        foreach (var g in audit.Aggregates)
        {
            var pca = g.Pca is { } p ? N(p.VarianceExplained[0]) + $" over {p.Rows} units" : "NA (" + g.PcaProblem + ")";
            Line($"  {g.Code} ({g.Children.Length} children): alpha {N(g.CronbachAlpha)}, PC1 {pca}");
        }

        var flaggedIndicators = audit.Statistics.Where(x => x.LowAvailability || x.LowNonZero || x.SkewKurtOutlier == true || x.LowUnique).ToList();
        if (brief)
        {
            Line($"indicators flagged ({audit.StatisticsDataSet}: low availability, mostly zero, skew and kurtosis, few distinct values): {flaggedIndicators.Count} of {audit.Statistics.Length}{(flaggedIndicators.Count == 0 ? string.Empty : ": " + string.Join(' ', flaggedIndicators.Select(x => x.Code)))}");
        }

        foreach (var x in brief ? [] : flaggedIndicators)
        {
            var why = new List<string>();
            if (x.LowAvailability)
            {
                why.Add($"availability {N(x.Availability)}");
            }

            if (x.LowNonZero)
            {
                why.Add($"{x.NonZero} non-zero values");
            }

            if (x.SkewKurtOutlier == true)
            {
                why.Add($"skew {N(x.Skewness, "0.00")}, kurtosis {N(x.Kurtosis, "0.00")}");
            }

            if (x.LowUnique)
            {
                why.Add($"{x.Unique} distinct values");
            }

            Line($"indicator {x.Code} flagged in {audit.StatisticsDataSet}: {string.Join("; ", why)}");
        }

        Line($"leave-one-out (mean |rank shift| of {leaveOneOut.IndexCode}, largest first):");
        foreach (var r in leaveOneOut.Removals.OrderByDescending(r => double.IsNaN(r.MeanAbsoluteShift) ? -1 : r.MeanAbsoluteShift)
                     .ThenBy(r => r.Indicator, StringComparer.Ordinal).Take(brief ? 5 : int.MaxValue))
        {
            if (r.Built)
            {
                Line($"  {r.Indicator}: mean {N(r.MeanAbsoluteShift, "0.00")}, max {r.MaxAbsoluteShift} over {r.Compared} units{(r.LargestShifts.IsEmpty ? string.Empty : "; most moved " + string.Join(' ', r.LargestShifts.Select(AuditTables.Shift)))}");
            }
            else
            {
                Line($"  {r.Indicator}: did not build ({string.Join(" | ", r.Problems.Select(p => p.Message))})");
            }
        }

        return s.ToString();
    }
}
