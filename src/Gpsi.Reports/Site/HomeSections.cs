using System.Collections.Immutable;
using System.Text;
using Gpsi.Reports.Maps;
using Gpsi.Reports.Methodology;
using Gpsi.Reports.Texts;
using static Gpsi.Reports.Html.Html;

namespace Gpsi.Reports.Site;

/// <summary>The sections of the home page and of the annual report: headline, map, coverage, ranking table.</summary>
internal static class HomeSections
{
    public static string Headline(Words w, ReportModel m, string root)
    {
        var ranking = m.Ranking(m.Latest);
        var sb = new StringBuilder();
        sb.Append($"<h1>{E(w["report.title"])} · {E(w.F("report.edition", m.Latest))}</h1>\n");
        sb.Append($"<p class=\"lead\">{E(w["report.subtitle"])}</p>\n");
        sb.Append($"<p>{E(w.F("headline.ranked", ranking.Length, m.Latest))} ")
            .Append($"{E(w["headline.methodology"])} <a href=\"{root}methodology.html\">{E(w["nav.methodology"])}</a>{w["punct.stop"]}</p>\n");
        sb.Append("<div class=\"cols\">");
        sb.Append(Top(w, m, w["headline.top"], ranking.Take(5), root));
        sb.Append(Top(w, m, w["headline.bottom"], ranking.Reverse().Take(5).Reverse(), root));
        sb.Append("</div>\n");
        return sb.ToString();
    }

    public static string Map(Words w, ReportModel m, ImmutableArray<MapFeature> features)
    {
        var shades = new Dictionary<string, MapShade>(StringComparer.Ordinal);
        foreach (var s in m.Ranking(m.Latest))
        {
            if (m.Countries.TryGetValue(s.Iso3, out var c) && m.BandIndex(s.Band) is var b and >= 0)
            {
                shades[c.Numeric] = new MapShade(BandPalette.Colour(b, m.BandLabels.Length),
                    $"{w.Country(c.Iso3, c.Name)}: {N(s.Score)} · {w.Band(s.Band)} (#{s.Rank})");
            }
        }

        var sb = new StringBuilder();
        sb.Append($"<h2>{E(w["map.title"])} ({m.Latest})</h2>\n");
        sb.Append(WorldMap.Svg(features, shades, w["map.title"])).Append('\n');
        sb.Append("<p class=\"legend\">");
        for (var i = 0; i < m.BandLabels.Length; i++)
        {
            sb.Append($"<span class=\"item\"><svg width=\"12\" height=\"12\" class=\"swatch\"><rect width=\"12\" height=\"12\" fill=\"{BandPalette.Colour(i, m.BandLabels.Length)}\"/></svg>{E(w.Band(m.BandLabels[i]))}</span>");
        }

        sb.Append($"<span class=\"item\"><span class=\"swatch hatch\"></span>{E(w["map.notRanked"])}</span></p>\n");
        sb.Append($"<p class=\"muted\">{E(w["map.caption"])}</p>\n");
        return sb.ToString();
    }

    public static string Coverage(Words w, ReportModel m, bool listExcluded)
    {
        var sb = new StringBuilder();
        sb.Append($"<h2>{E(w["coverage.title"])}</h2>\n");
        if (m.Coverage(m.Latest) is { } c)
        {
            sb.Append($"<p>{E(w.F("coverage.text", c.Ranked, c.Considered, c.Year, Percent(c.PopulationShare), Percent(c.AreaShare)))}</p>\n");
        }

        if (MinimumData.Rule(m.Run.Recipe, w) is { } rule)
        {
            sb.Append($"<p>{E(w.F("coverage.rule", rule))}{w["punct.stop"]}</p>\n");
        }

        var excluded = m.Run.Excluded.Where(e => e.Year == m.Latest).ToList();
        if (listExcluded && excluded.Count > 0)
        {
            sb.Append($"<h3>{E(w.F("coverage.excluded", m.Latest))} ({excluded.Count})</h3>\n<table><tr><th>{E(w["table.country"])}</th><th>{E(w["coverage.reason"])}</th></tr>\n");
            foreach (var e in excluded)
            {
                sb.Append($"<tr><td>{E(w.Country(e.Iso3, m.Name(e.Iso3)))}</td><td>{E(e.Reason)}</td></tr>\n");
            }

            sb.Append("</table>\n");
        }

        return sb.ToString();
    }

    public static string Ranking(Words w, ReportModel m, string root)
    {
        var sb = new StringBuilder();
        sb.Append($"<h2>{E(w["table.title"])} ({m.Latest})</h2>\n<table class=\"ranking\">\n<thead><tr>");
        var ua = m.Run.Recipe.Uncertainty;
        sb.Append($"<th class=\"n\">{E(w["table.rank"])}</th>");
        if (ua is not null)
        {
            sb.Append($"<th class=\"n\">{E(w["table.rankRange"])}</th>");
        }

        sb.Append($"<th>{E(w["table.country"])}</th><th class=\"n\">{E(w["table.score"])}</th><th>{E(w["table.band"])}</th>");
        foreach (var d in m.Dimensions)
        {
            sb.Append($"<th class=\"n\">{E(w.Node(d.Code, d.Name))}</th>");
        }

        sb.Append($"<th class=\"n\">{E(w["table.incomeRank"])}</th>");
        if (m.Previous is { } previous)
        {
            sb.Append($"<th class=\"n\">{E(w.F("table.change", previous))}</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var s in m.Ranking(m.Latest))
        {
            var b = m.BandIndex(s.Band);
            var swatch = b >= 0
                ? $"<svg width=\"12\" height=\"12\" class=\"swatch\"><rect width=\"12\" height=\"12\" fill=\"{BandPalette.Colour(b, m.BandLabels.Length)}\"/></svg>"
                : string.Empty;
            sb.Append($"<tr><td class=\"n\">{s.Rank}</td>");
            if (ua is not null)
            {
                sb.Append($"<td class=\"n range\">{RankRange(s.Interval)}</td>");
            }

            sb.Append($"<td><a href=\"{root}countries/{s.Iso3}.html\">{E(w.Country(s.Iso3, m.Name(s.Iso3)))}</a></td>")
                .Append($"<td class=\"n\">{N(s.Score)}</td><td class=\"band\">{swatch}{E(w.Band(s.Band))}</td>");
            foreach (var d in m.Dimensions)
            {
                sb.Append($"<td class=\"n\">{N(m.Score(m.Latest, s.Iso3, d.Code)?.Score)}</td>");
            }

            sb.Append($"<td class=\"n\">{(s.IncomeGroupRank is { } ir ? $"{ir}/{s.IncomeGroupSize}" : "–")}</td>");
            if (m.Previous is not null)
            {
                sb.Append($"<td class=\"n\">{Change(w, m.RankChange(s.Iso3))}</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody></table>\n");
        if (ua is not null)
        {
            sb.Append($"<p class=\"muted\">{E(w.F("table.rankRangeNote", ua.Replications, ua.Seed))}</p>\n");
        }

        if (m.Previous is not null)
        {
            sb.Append($"<p class=\"muted\">{E(w["table.changeNote"])}</p>\n");
        }

        return sb.ToString();
    }

    private static string Change(Words w, int? change) => change switch
    {
        null => E(w["table.new"]),
        > 0 => $"<span class=\"up\">+{change}</span>",
        < 0 => $"<span class=\"down\">−{-change}</span>",
        _ => "0",
    };

    private static string Top(Words w, ReportModel m, string title, IEnumerable<Gpsi.Data.Editions.ScoreRow> rows, string root)
    {
        var sb = new StringBuilder();
        sb.Append($"<div><h3>{E(title)}</h3><table>");
        foreach (var s in rows)
        {
            sb.Append($"<tr><td class=\"n\">{s.Rank}</td><td><a href=\"{root}countries/{s.Iso3}.html\">{E(w.Country(s.Iso3, m.Name(s.Iso3)))}</a></td><td class=\"n\">{N(s.Score)}</td></tr>");
        }

        sb.Append("</table></div>");
        return sb.ToString();
    }

    /// <summary>A rank interval as the reader sees it (<see cref="Gpsi.Core.Editions.RankInterval.Shown"/>); "–" when none.</summary>
    public static string RankRange(Gpsi.Core.Editions.RankInterval? interval) => interval?.Shown ?? "–";
}
