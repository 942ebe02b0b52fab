using System.Collections.Immutable;
using Gpsi.Core.Audit;
using Gpsi.Data.Editions;
using Gpsi.Reports.Maps;
using Gpsi.Reports.Methodology;
using Gpsi.Reports.Site;
using Gpsi.Reports.Texts;
using static Gpsi.Reports.Html.Html;

namespace Gpsi.Reports;

/// <summary>
/// The static HTML report of an <see cref="IndexRun"/> in one language: <c>index.html</c> (headline, map by band,
/// ranking table, coverage), <c>methodology.html</c>, <c>sources.html</c> and <c>countries/&lt;ISO3&gt;.html</c> for
/// every considered country, and <c>audit.html</c> when given the edition's statistical audit. Self-contained: one inline style sheet, inline SVG, no script, no external fetch.
/// Deterministic: the same run gives byte-identical files. The language link points at <c>../&lt;other&gt;/</c>, the
/// layout <c>gpsi report</c> writes.
/// </summary>
public static class HtmlReport
{
    /// <summary>Writes the site into <paramref name="outDir"/> (replaced whole, atomically).</summary>
    /// <param name="run">The run (its last year is the edition shown).</param>
    /// <param name="geoTopoJsonPath">The world-atlas TopoJSON (<c>geo/countries-110m.json</c>).</param>
    /// <param name="language"><c>en</c> or <c>zh-Hans</c>.</param>
    /// <param name="outDir">The folder to write.</param>
    /// <param name="audit">The statistical audit of the latest edition (<c>audit.html</c>); null for none.</param>
    /// <returns>The files written, relative to <paramref name="outDir"/>, in order.</returns>
    public static ImmutableArray<string> Write(IndexRun run, string geoTopoJsonPath, string language, string outDir,
        IndexAudit? audit = null)
    {
        var files = Render(run, TopoJson.Read(geoTopoJsonPath), language, audit);
        Gpsi.Data.Output.AtomicDirectory.Write(outDir, files);
        return [.. files.Keys];
    }

    /// <summary>The site's files (relative path → text) without writing them; with <paramref name="audit"/>, also
    /// <c>audit.html</c> and a link to it on every page.</summary>
    public static ImmutableSortedDictionary<string, string> Render(IndexRun run, ImmutableArray<MapFeature> map, string language,
        IndexAudit? audit = null)
    {
        ReportTexts.CheckLanguage(language);
        var w = new Words(ReportTexts.Default, language);
        var m = new ReportModel(run) { Audit = audit };
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var home = HomeSections.Headline(w, m, string.Empty)
            + HomeSections.Map(w, m, map)
            + HomeSections.Ranking(w, m, string.Empty)
            + HomeSections.Coverage(w, m, listExcluded: true);
        files["index.html"] = PageShell.Render(w, m, $"{w["report.title"]} {m.Latest}", string.Empty, home);
        files["methodology.html"] = PageShell.Render(w, m, w["methodology.title"], string.Empty,
            MethodologyDocument.HtmlFragment(run.Recipe, run.RecipeHash, run, language));
        files["sources.html"] = PageShell.Render(w, m, w["sources.title"], string.Empty, SourcesSection.Render(w, m));
        if (audit is not null)
        {
            files["audit.html"] = PageShell.Render(w, m, w["audit.title"], string.Empty, AuditSection.Render(w, m, audit));
        }
        foreach (var c in run.Countries)
        {
            files[$"countries/{c.Iso3}.html"] = PageShell.Render(w, m, w.F("profile.title", w.Country(c.Iso3, c.Name)),
                "../", CountrySections.Profile(w, m, c, "../"));
        }

        return files.ToImmutable();
    }

    /// <summary>
    /// The one-file HTML of the annual report, for printing: headline, map, rankings, coverage, methodology, sources,
    /// each major part on a new page.
    /// </summary>
    public static string AnnualPrint(IndexRun run, ImmutableArray<MapFeature> map, string language)
    {
        ReportTexts.CheckLanguage(language);
        var w = new Words(ReportTexts.Default, language);
        var m = new ReportModel(run);
        var body = HomeSections.Headline(w, m, string.Empty)
            + HomeSections.Map(w, m, map)
            + HomeSections.Coverage(w, m, listExcluded: false)
            + "<div class=\"page\">" + HomeSections.Ranking(w, m, string.Empty) + "</div>\n"
            + "<div class=\"page\">" + MethodologyDocument.HtmlFragment(run.Recipe, run.RecipeHash, run, language) + "</div>\n"
            + "<div class=\"page\">" + HomeSections.Coverage(w, m, listExcluded: true) + "</div>\n"
            + "<div class=\"page\">" + SourcesSection.Render(w, m) + "</div>\n";
        return PageShell.Render(w, m, $"{w["report.title"]} {m.Latest} · {w["report.annual"]}", string.Empty, body, print: true);
    }

    /// <summary>The one-file HTML of every considered country's profile, one per printed page, in ISO3 order.</summary>
    public static string ProfilesPrint(IndexRun run, string language)
    {
        ReportTexts.CheckLanguage(language);
        var w = new Words(ReportTexts.Default, language);
        var m = new ReportModel(run);
        var body = string.Concat(run.Countries.OrderBy(c => c.Iso3, StringComparer.Ordinal)
            .Select(c => CountrySections.Profile(w, m, c, string.Empty)));
        return PageShell.Render(w, m, $"{w["report.title"]} {m.Latest} · {w["report.profiles"]}", string.Empty, body, print: true);
    }
}
