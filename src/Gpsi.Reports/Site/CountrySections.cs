using System.Text;
using Gpsi.Data.Editions;
using Gpsi.Reports.Charts;
using Gpsi.Reports.Texts;
using static Gpsi.Reports.Html.Html;

namespace Gpsi.Reports.Site;

/// <summary>A country profile: summary and peer ranks, dimension bars, trend, peers, indicator values with provenance.</summary>
internal static class CountrySections
{
    private const int PeersEachSide = 3;

    public static string Profile(Words w, ReportModel m, RunCountry c, string root)
    {
        var year = m.Latest;
        var index = m.Index(year, c.Iso3);
        var name = w.Country(c.Iso3, c.Name);
        var sb = new StringBuilder();
        sb.Append($"<section class=\"profile\" id=\"{c.Iso3}\">\n<h1>{E(w.F("profile.title", name))} <span class=\"muted\">{c.Iso3} · {E(w.F("report.edition", year))}</span></h1>\n");
        sb.Append($"<p class=\"muted\">{E(w.Income(c.IncomeGroup))} · {E(w.Region(c.WbRegion))}</p>\n");
        if (index?.Rank is { } rank)
        {
            var size = m.Ranking(year).Length;
            sb.Append($"<p class=\"lead\">{E(w.F("profile.rankLine", rank, size, year, N(index.Score), w.Band(index.Band)))}</p>\n");
            if (index.Interval is { } interval && m.Run.Recipe.Uncertainty is { } ua)
            {
                var (low, high) = interval.WholeRanks;
                sb.Append($"<p class=\"range\">{E(w.F("profile.rankRange", low, high, ua.Replications, interval.Median.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)))}</p>\n");
            }

            sb.Append("<p>");
            if (index.IncomeGroupRank is { } ir)
            {
                sb.Append(E(w.F("profile.incomeRank", ir, index.IncomeGroupSize, w.Income(index.IncomeGroup)))).Append(' ');
            }

            if (index.RegionRank is { } rr)
            {
                sb.Append(E(w.F("profile.regionRank", rr, index.RegionSize, w.Region(index.Region))));
            }

            sb.Append("</p>\n");
            if (index is { Score: { } score, IncomeGroupMean: { } mean })
            {
                // From the rounded numbers shown, so that the line adds up for the reader.
                var gap = Math.Round(score, 1, MidpointRounding.AwayFromZero) - Math.Round(mean, 1, MidpointRounding.AwayFromZero);
                var words = gap >= 0 ? w.F("profile.above", N(gap)) : w.F("profile.below", N(-gap));
                sb.Append($"<p>{E(w.F("profile.conditions", N(score), N(mean), words))} <span class=\"muted\">{E(w["profile.conditionsNote"])}</span></p>\n");
            }
        }
        else
        {
            var reason = m.Excluded(year, c.Iso3)?.Reason ?? string.Empty;
            sb.Append($"<p class=\"lead\">{E(w.F("profile.notRanked", year, reason))}</p>\n");
        }

        sb.Append("<div class=\"cols\"><div>").Append(Dimensions(w, m, c)).Append("</div><div>")
            .Append(Trend(w, m, c)).Append("</div></div>\n");
        sb.Append(Peers(w, m, c, root));
        sb.Append(Indicators(w, m, c));
        sb.Append("</section>\n");
        return sb.ToString();
    }

    private static string Dimensions(Words w, ReportModel m, RunCountry c)
    {
        var sb = new StringBuilder();
        sb.Append($"<h2>{E(w["profile.dimensions"])}</h2>\n<table class=\"dims\"><tr><th></th><th class=\"n\">{E(w["table.score"])}</th><th></th><th class=\"n\">{E(w["table.rank"])}</th></tr>\n");
        foreach (var node in new[] { m.Root }.Concat(m.Dimensions))
        {
            var s = m.Score(m.Latest, c.Iso3, node.Code);
            var width = Math.Clamp(s?.Score ?? 0, 0, 100) * 1.5;
            var colour = node == m.Root ? "#17324d" : "#5b8db8";
            sb.Append($"<tr><td>{E(w.Node(node.Code, node.Name))}</td><td class=\"n\">{N(s?.Score)}</td>")
                .Append($"<td><svg width=\"150\" height=\"12\" class=\"bar\"><rect width=\"150\" height=\"12\" fill=\"#eef2f6\"/><rect width=\"{C(width)}\" height=\"12\" fill=\"{colour}\"/></svg></td>")
                .Append($"<td class=\"n\">{s?.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}</td></tr>\n");
        }

        sb.Append("</table>\n");
        return sb.ToString();
    }

    private static string Trend(Words w, ReportModel m, RunCountry c)
    {
        var years = m.Run.Years;
        var series = new List<(string, double?[])>();
        foreach (var node in new[] { m.Root }.Concat(m.Dimensions))
        {
            var label = node == m.Root ? w["profile.index"] : w.Node(node.Code, node.Name);
            series.Add((label, [.. years.Select(y => m.Score(y, c.Iso3, node.Code)?.Score)]));
        }

        var title = w.F("profile.trend", years[0], years[^1]);
        return $"<h2>{E(title)}</h2>\n{TrendChart.Svg(years, series, title)}\n<p class=\"muted\">{E(w["profile.trendNote"])}</p>\n";
    }

    private static string Peers(Words w, ReportModel m, RunCountry c, string root)
    {
        var self = m.Index(m.Latest, c.Iso3);
        var group = self?.IncomeGroup ?? c.IncomeGroup;
        var region = self?.Region ?? c.WbRegion;
        var peers = m.Ranking(m.Latest).Where(s => s.IncomeGroup == group && s.Region == region).ToList();
        var at = peers.FindIndex(s => s.Iso3 == c.Iso3);
        var shown = at < 0 ? peers.Take(2 * PeersEachSide) : peers.Skip(Math.Max(0, at - PeersEachSide)).Take((2 * PeersEachSide) + 1);
        var sb = new StringBuilder();
        sb.Append($"<h2>{E(w["profile.peers"])}</h2>\n<p class=\"muted\">{E(w.F("profile.peersIncome", w.Income(group)))} · {E(w.F("profile.peersRegion", w.Region(region)))}</p>\n");
        sb.Append($"<table><tr><th class=\"n\">{E(w["table.rank"])}</th><th>{E(w["table.country"])}</th><th class=\"n\">{E(w["table.score"])}</th>");
        foreach (var d in m.Dimensions)
        {
            sb.Append($"<th class=\"n\">{E(w.Node(d.Code, d.Name))}</th>");
        }

        sb.Append("</tr>\n");
        foreach (var s in shown)
        {
            var css = s.Iso3 == c.Iso3 ? " class=\"self\"" : string.Empty;
            sb.Append($"<tr{css}><td class=\"n\">{s.Rank}</td><td><a href=\"{root}countries/{s.Iso3}.html\">{E(w.Country(s.Iso3, m.Name(s.Iso3)))}</a></td><td class=\"n\">{N(s.Score)}</td>");
            foreach (var d in m.Dimensions)
            {
                sb.Append($"<td class=\"n\">{N(m.Score(m.Latest, s.Iso3, d.Code)?.Score)}</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</table>\n");
        return sb.ToString();
    }

    private static string Indicators(Words w, ReportModel m, RunCountry c)
    {
        var values = m.Values(m.Latest, c.Iso3).ToDictionary(v => v.Indicator, StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append($"<h2>{E(w["profile.indicators"])} ({m.Latest})</h2>\n<table class=\"indicators\"><tr><th>{E(w["profile.indicator"])}</th><th class=\"n\">{E(w["profile.value"])}</th><th>{E(w["profile.unit"])}</th>")
            .Append($"<th class=\"n\">{E(w["profile.dataYear"])}</th><th>{E(w["profile.status"])}</th><th class=\"n\">{E(w["profile.normalised"])}</th><th>{E(w["profile.source"])}</th></tr>\n");
        foreach (var node in m.Indicators)
        {
            values.TryGetValue(node.Code, out var v);
            var sources = v is null
                ? string.Empty
                : string.Join(", ", v.Provenance.SelectMany(p => p.SourceId.Split('+')).Distinct(StringComparer.Ordinal));
            var vintages = v is null
                ? string.Empty
                : string.Join("; ", v.Provenance.Select(p => p.Vintage).Distinct(StringComparer.Ordinal));
            sb.Append($"<tr><td>{E(w.Node(node.Code, node.Name))}</td><td class=\"n\">{Value(v?.Value)}</td><td class=\"nowrap\">{E(node.Unit)}</td>")
                .Append($"<td class=\"n\">{v?.DataYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}</td>")
                .Append($"<td class=\"nowrap\">{E(Status(w, v?.Status ?? ValueStatus.Missing))}{(v?.Imputation is { } imp ? $" <span class=\"muted\">({E(imp)})</span>" : string.Empty)}</td>")
                .Append($"<td class=\"n\">{N(v?.Normalised)}</td><td class=\"muted\" title=\"{E(vintages)}\">{E(sources)}</td></tr>\n");
        }

        sb.Append("</table>\n");
        return sb.ToString();
    }

    public static string Status(Words w, ValueStatus status) => status switch
    {
        ValueStatus.Observed => w["status.observed"],
        ValueStatus.CarriedForward => w["status.carriedForward"],
        ValueStatus.BackCast => w["status.backCast"],
        ValueStatus.Imputed => w["status.imputed"],
        _ => w["status.missing"],
    };
}
