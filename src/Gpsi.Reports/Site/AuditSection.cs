using System.Globalization;
using System.Text;
using Gpsi.Core.Audit;
using Gpsi.Reports.Texts;
using static Gpsi.Reports.Html.Html;

namespace Gpsi.Reports.Site;

/// <summary>
/// The audit page: α and the first principal component per dimension, each node's correlation with the level above
/// (flagged ones highlighted), the correlation heatmap, indicator statistics and the leave-one-out table.
/// </summary>
internal static class AuditSection
{
    public static string Render(Words w, ReportModel m, IndexAudit audit)
    {
        var report = audit.Report;
        var names = m.Run.Nodes.ToDictionary(n => n.Code, n => w.Node(n.Code, n.Name), StringComparer.Ordinal);
        string Name(string code) => names.GetValueOrDefault(code, code);
        var sb = new StringBuilder();
        sb.Append($"<h1>{E(w["audit.title"])} · {E(w.F("report.edition", audit.Year))}</h1>\n");
        sb.Append($"<p class=\"lead\">{E(w.F("audit.intro", audit.Year))}</p>\n");

        sb.Append($"<h2>{E(w["audit.consistency"])}</h2>\n<table class=\"consistency\">\n<tr><th>{E(w["audit.aggregate"])}</th>")
            .Append($"<th class=\"n\">{E(w["audit.children"])}</th><th class=\"n\">{E(w["audit.alpha"])}</th>")
            .Append($"<th class=\"n\">{E(w["audit.pc1"])}</th><th class=\"n\">{E(w["audit.units"])}</th></tr>\n");
        foreach (var g in report.Aggregates)
        {
            sb.Append($"<tr><td>{E(Name(g.Code))}</td><td class=\"n\">{g.Children.Length}</td><td class=\"n\">{N(g.CronbachAlpha, 2)}</td>")
                .Append($"<td class=\"n\">{(g.Pca is { } p ? Percent(p.VarianceExplained[0]) : "–")}</td><td class=\"n\">{g.Pca?.Rows.ToString(CultureInfo.InvariantCulture) ?? "–"}</td></tr>\n");
        }

        sb.Append($"</table>\n<p class=\"muted\">{E(w["audit.consistencyNote"])}</p>\n");

        var flagged = report.ParentCorrelations.Count(p => p.Concern != CorrelationConcern.None);
        sb.Append($"<h2>{E(w["audit.parent"])}</h2>\n<table class=\"parent\">\n<tr><th>{E(w["audit.node"])}</th><th>{E(w["audit.parentNode"])}</th>")
            .Append($"<th class=\"n\">{E(w["audit.withParent"])}</th><th class=\"n\">{E(w["audit.withIndex"])}</th><th>{E(w["audit.flag"])}</th></tr>\n");
        foreach (var p in report.ParentCorrelations)
        {
            var flag = p.Concern != CorrelationConcern.None;
            sb.Append(flag ? "<tr class=\"flag\">" : "<tr>")
                .Append($"<td>{E(Name(p.Code))}</td><td>{E(Name(p.Parent))}</td><td class=\"n\">{N(p.WithParent, 2)}</td>")
                .Append($"<td class=\"n\">{N(p.WithIndex, 2)}</td><td>{E(Concern(w, p.Concern, report.WeakCorrelation))}</td></tr>\n");
        }

        sb.Append($"</table>\n<p class=\"muted\">{E(w.F("audit.parentNote", audit.Year, flagged, report.ParentCorrelations.Length))}</p>\n");
        sb.Append(Heatmap(w, report, names));
        sb.Append(Statistics(w, report, Name));
        sb.Append(LeaveOneOutTable(w, m, audit.LeaveOneOut, Name));
        return sb.ToString();
    }

    private static string Heatmap(Words w, AuditReport report, Dictionary<string, string> names)
    {
        var codes = report.Pearson.RowCodes;
        var flagged = report.ParentCorrelations.Where(p => p.Concern != CorrelationConcern.None)
            .SelectMany(p => new[] { (p.Code, p.Parent), (p.Parent, p.Code) }).ToHashSet();
        var sb = new StringBuilder();
        sb.Append($"<h2>{E(w["audit.heatmap"])}</h2>\n<table class=\"heat\">\n<tr><th></th>");
        // Columns are numbered (the rows name them) so that the matrix fits the page.
        for (var j = 0; j < codes.Length; j++)
        {
            sb.Append($"<th title=\"{E(names.GetValueOrDefault(codes[j], codes[j]))}\">{j + 1}</th>");
        }

        sb.Append("</tr>\n");
        for (var i = 0; i < codes.Length; i++)
        {
            sb.Append($"<tr><th class=\"row\" title=\"{E(names.GetValueOrDefault(codes[i], codes[i]))}\">{i + 1} {E(codes[i])}</th>");
            for (var j = 0; j < codes.Length; j++)
            {
                var r = report.Pearson[i, j];
                var flag = flagged.Contains((codes[i], codes[j])) ? " class=\"flag\"" : string.Empty;
                sb.Append($"<td{flag} style=\"{Colour(r)}\">{N(r, 2)}</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append($"</table>\n<p class=\"muted\">{E(w["audit.heatmapNote"])}</p>\n");
        return sb.ToString();
    }

    private static string Statistics(Words w, AuditReport report, Func<string, string> name)
    {
        var sb = new StringBuilder();
        sb.Append($"<h2>{E(w["audit.statistics"])}</h2>\n<table class=\"statistics\">\n<tr><th>{E(w["profile.indicator"])}</th>")
            .Append($"<th class=\"n\">{E(w["audit.available"])}</th><th class=\"n\">{E(w["audit.mean"])}</th><th class=\"n\">{E(w["audit.sd"])}</th>")
            .Append($"<th class=\"n\">{E(w["audit.skew"])}</th><th class=\"n\">{E(w["audit.kurt"])}</th><th class=\"n\">{E(w["audit.outliers"])}</th>")
            .Append($"<th>{E(w["audit.flags"])}</th></tr>\n");
        foreach (var s in report.Statistics)
        {
            var flags = new List<string>();
            if (s.LowAvailability)
            {
                flags.Add(w["audit.flag.availability"]);
            }

            if (s.LowNonZero)
            {
                flags.Add(w["audit.flag.nonZero"]);
            }

            if (s.SkewKurtOutlier == true)
            {
                flags.Add(w["audit.flag.skewKurt"]);
            }

            if (s.LowUnique)
            {
                flags.Add(w["audit.flag.unique"]);
            }

            sb.Append($"<tr><td>{E(name(s.Code))}</td><td class=\"n\">{s.Available}/{s.Units}</td><td class=\"n\">{E(Value(Finite(s.Mean)))}</td>")
                .Append($"<td class=\"n\">{E(Value(Finite(s.StandardDeviation)))}</td><td class=\"n\">{N(s.Skewness, 2)}</td><td class=\"n\">{N(s.Kurtosis, 2)}</td>")
                .Append($"<td class=\"n\">{s.OutlierCount}</td><td>{E(string.Join(", ", flags))}</td></tr>\n");
        }

        sb.Append($"</table>\n<p class=\"muted\">{E(w.F("audit.statisticsNote", report.StatisticsDataSet, report.Year))}</p>\n");
        return sb.ToString();
    }

    private static string LeaveOneOutTable(Words w, ReportModel m, LeaveOneOutResult result, Func<string, string> name)
    {
        var sb = new StringBuilder();
        sb.Append($"<h2>{E(w["audit.leaveOneOut"])}</h2>\n<table class=\"loo\">\n<tr><th>{E(w["profile.indicator"])}</th>")
            .Append($"<th>{E(w["audit.parentNode"])}</th><th class=\"n\">{E(w["audit.meanShift"])}</th><th class=\"n\">{E(w["audit.maxShift"])}</th>")
            .Append($"<th>{E(w["audit.mostMoved"])}</th></tr>\n");
        foreach (var r in result.Removals.OrderByDescending(r => double.IsNaN(r.MeanAbsoluteShift) ? -1 : r.MeanAbsoluteShift)
                     .ThenBy(r => r.Indicator, StringComparer.Ordinal))
        {
            var moved = r.Built
                ? string.Join(", ", r.LargestShifts.Select(s => $"{w.Country(s.Unit, m.Name(s.Unit))} {s.Shift:+0;−0;0}"))
                : w.F("audit.notBuilt", string.Join(" | ", r.Problems.Select(p => p.Message)));
            sb.Append($"<tr><td>{E(name(r.Indicator))}</td><td>{E(name(r.Parent))}</td><td class=\"n\">{N(r.MeanAbsoluteShift, 2)}</td>")
                .Append($"<td class=\"n\">{(r.Built ? r.MaxAbsoluteShift.ToString(CultureInfo.InvariantCulture) : "–")}</td><td>{E(moved)}</td></tr>\n");
        }

        sb.Append($"</table>\n<p class=\"muted\">{E(w["audit.leaveOneOutNote"])}</p>\n");
        return sb.ToString();
    }

    private static string Concern(Words w, CorrelationConcern concern, double weak) => concern switch
    {
        CorrelationConcern.None => w["audit.flag.ok"],
        CorrelationConcern.Weak => w.F("audit.flag.weak", weak),
        CorrelationConcern.Negative => w["audit.flag.negative"],
        _ => w["audit.flag.undefined"],
    };

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;

    /// <summary>A background from red (r = −1) through white (0) to blue (+1), white text on the dark half.</summary>
    private static string Colour(double r)
    {
        if (double.IsNaN(r))
        {
            return "background:#eeeeee";
        }

        var t = Math.Clamp(Math.Abs(r), 0, 1);
        var (tr, tg, tb) = r >= 0 ? (43, 108, 176) : (197, 48, 48);
        static int Mix(int target, double t) => (int)Math.Round(255 + ((target - 255) * t));
        var text = t > 0.6 ? ";color:#ffffff" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"background:#{Mix(tr, t):x2}{Mix(tg, t):x2}{Mix(tb, t):x2}{text}");
    }
}
