using System.Xml.Linq;
using Gpsi.Core.Audit;
using Gpsi.Reports.Maps;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Tests;

// Numbers: the GPSI 2020 audit, as `gpsi audit` prints it and tests/Gpsi.Data.Tests/Output/audit_gpsi_check.py
// recomputes it from values.csv.
public sealed class AuditPageTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly System.Collections.Immutable.ImmutableArray<MapFeature> Map = TopoJson.Read(SampleRun.GeoPath);
    private static readonly Lazy<IndexAudit> Audit = new(() => GpsiRun.Audit());

    [Fact]
    public void Render_WithAudit_AddsTheAuditPageAndLinksItFromEveryPage()
    {
        var files = HtmlReport.Render(GpsiRun.Run, Map, ReportTexts.English, Audit.Value);

        files.Count.ShouldBe(GpsiRun.Run.Countries.Length + 4);
        files["index.html"].ShouldContain("<a href=\"audit.html\">Audit</a>");
        files["countries/NOR.html"].ShouldContain("<a href=\"../audit.html\">Audit</a>");
        HtmlReport.Render(GpsiRun.Run, Map, ReportTexts.English)["index.html"].ShouldNotContain("audit.html");
    }

    [Fact]
    public void AuditPage_English_CarriesAlphaPcaCorrelationsAndLeaveOneOut()
    {
        var page = Parse(HtmlReport.Render(GpsiRun.Run, Map, ReportTexts.English, Audit.Value)["audit.html"]);

        page.Descendants(Xhtml + "h1").Single().Value.ShouldBe("Statistical audit · 2020 edition");
        Row(page, "consistency", "Cybersecurity").ShouldBe(["Cybersecurity", "2", "0.87", "91.8%", "167"]);
        Row(page, "consistency", "Public order and safety").ShouldBe(["Public order and safety", "3", "0.62", "60.7%", "104"]);
        Row(page, "consistency", "Global Public Security Index")[2].ShouldBe("0.63");
        Row(page, "parent", "Deaths in organised violence").ShouldBe(
            ["Deaths in organised violence", "Public order and safety", "0.67", "0.55", "–"]);
        page.Root!.Value.ShouldContain("Pearson correlations over the countries ranked in 2020. 0 of 14 links flagged.");
        var loo = Rows(page, "loo");
        loo[0].ShouldBe(["Global Cybersecurity Index", "Cybersecurity", "15.59", "87",
            "Eritrea +87, Equatorial Guinea +87, Maldives +87, Djibouti +86, North Korea +83"]);
        loo.Select(r => r[0]).ShouldContain("Road traffic death rate");
        Row(page, "loo", "Road traffic death rate")[2..4].ShouldBe(["6.41", "37"]);
        Row(page, "statistics", "Intentional homicide rate")[1].ShouldBe("146/193");
        var heat = Rows(page, "heat");
        heat.Count.ShouldBe(15);
        heat[0][0].ShouldBe("1 homicide");
        heat[0][1].ShouldBe("1.00");
    }

    [Fact]
    public void AuditPage_FlaggedLinks_AreHighlightedInTableAndHeatmap()
    {
        // At a weak-correlation threshold of 0.65 the order and terror dimensions (r = 0.61 with the index) are flagged.
        var audit = GpsiRun.Audit(new AuditOptions { WeakCorrelation = 0.65 });
        var page = Parse(HtmlReport.Render(GpsiRun.Run, Map, ReportTexts.English, audit)["audit.html"]);

        var flagged = Table(page, "parent").Descendants(Xhtml + "tr").Where(r => (string?)r.Attribute("class") == "flag")
            .Select(r => r.Elements().First().Value).ToList();
        flagged.ShouldBe(["Public order and safety", "Counter-terrorism"]);
        Row(page, "parent", "Counter-terrorism")[4].ShouldBe("weak (|r| < 0.65)");
        var outlined = Table(page, "heat").Descendants(Xhtml + "td").Where(c => (string?)c.Attribute("class") == "flag").ToList();
        outlined.Count.ShouldBe(4); // (order, index), (terror, index) and their mirror images
        outlined.Select(c => c.Value).ShouldBe(["0.61", "0.61", "0.61", "0.61"]);
    }

    [Fact]
    public void AuditPage_Chinese_HasChineseHeadingsAndCountryNames()
    {
        var html = HtmlReport.Render(GpsiRun.Run, Map, ReportTexts.Chinese, Audit.Value)["audit.html"];

        html.ShouldContain("<h1>统计审核 · 2020年版</h1>");
        html.ShouldContain("克隆巴赫α系数");
        html.ShouldContain("厄立特里亚 +87");
        html.ShouldContain("<a href=\"audit.html\">统计审核</a>");
    }

    private static XDocument Parse(string html) =>
        XDocument.Parse(html.Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal));

    private static XElement Table(XDocument page, string cls) =>
        page.Descendants(Xhtml + "table").Single(t => (string?)t.Attribute("class") == cls);

    private static List<string[]> Rows(XDocument page, string cls) =>
        [.. Table(page, cls).Descendants(Xhtml + "tr").Skip(1).Select(r => r.Elements().Select(e => e.Value).ToArray())];

    private static string[] Row(XDocument page, string cls, string first) => Rows(page, cls).Single(r => r[0] == first);
}
