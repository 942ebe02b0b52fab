using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gpsi.Reports.Maps;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Tests;

public sealed class HtmlReportTests
{
    private static readonly System.Collections.Immutable.ImmutableArray<MapFeature> Map = TopoJson.Read(SampleRun.GeoPath);

    [Fact]
    public void Render_English_HasTheSiteFiles()
    {
        var files = HtmlReport.Render(SampleRun.Run, Map, ReportTexts.English);
        files.Keys.ShouldBe(["countries/AFG.html", "countries/CHN.html", "countries/FIN.html", "countries/NOR.html",
            "countries/SOM.html", "index.html", "methodology.html", "sources.html"]);
    }

    [Fact]
    public void Render_EveryPage_IsWellFormedXhtmlWithHashAndSnapshotInTheFooter()
    {
        foreach (var language in ReportTexts.Languages)
        {
            foreach (var (name, html) in HtmlReport.Render(SampleRun.Run, Map, language))
            {
                var doc = Parse(html);
                var footer = doc.Descendants(X("footer")).Single().Value;
                footer.ShouldContain(SampleRun.Hash, customMessage: name);
                footer.ShouldContain("sha256:feedface", customMessage: name);
                doc.Descendants(X("style")).Count().ShouldBe(1);
                html.ShouldNotContain("<script");
                Regex.IsMatch(html, "src=\"(https?:)?//|<link ").ShouldBeFalse(name); // links to sources are fine; nothing is fetched
            }
        }
    }

    [Fact]
    public void Index_Map_ColoursNorwayByItsBandAndLeavesUnrankedHatched()
    {
        var doc = Parse(HtmlReport.Render(SampleRun.Run, Map, ReportTexts.English)["index.html"]);
        var paths = doc.Descendants(XName.Get("path", "http://www.w3.org/2000/svg")).ToList();
        paths.Count.ShouldBe(177);
        Fill(paths, "c578").ShouldBe(BandPalette.Colour(0, 5)); // Norway: Very high
        Fill(paths, "c246").ShouldBe(BandPalette.Colour(1, 5)); // Finland: High
        Fill(paths, "c156").ShouldBe(BandPalette.Colour(2, 5)); // China: Medium
        Fill(paths, "c004").ShouldBe(BandPalette.Colour(4, 5)); // Afghanistan: Very low
        Fill(paths, "c706").ShouldBe("url(#hatch)");             // Somalia: not ranked
        Fill(paths, "c076").ShouldBe("url(#hatch)");             // Brazil: not considered
    }

    [Fact]
    public void Index_RankingTable_HasRankScoreBandDimensionsIncomeRankAndChange()
    {
        var doc = Parse(HtmlReport.Render(SampleRun.Run, Map, ReportTexts.English)["index.html"]);
        var table = doc.Descendants(X("table")).Single(t => (string?)t.Attribute("class") == "ranking");
        var rows = table.Descendants(X("tr")).Select(r => r.Elements().Select(c => c.Value).ToArray()).ToList();
        rows[0].ShouldBe(["Rank", "Country", "Score", "Band", "Public order and safety", "Cybersecurity", "Rank in income group", "Change since 2019"]);
        rows[1].ShouldBe(["1", "Norway", "87.4", "Very high", "91.2", "83.6", "1/2", "+1"]);
        rows[2].ShouldBe(["2", "Finland", "84.9", "High", "88.8", "86.4", "2/2", "−1"]);
        rows.Count.ShouldBe(5);
        doc.Root!.Value.ShouldContain("4 of 5 countries considered are ranked in 2020: 51.2% of the world's population and 40.0% of its land area.");
        doc.Root!.Value.ShouldContain("1 of 3 indicators available; the rule needs 60%");
    }

    [Fact]
    public void Profile_Norway_ShowsTheRunsNumbers()
    {
        var html = HtmlReport.Render(SampleRun.Run, Map, ReportTexts.English)["countries/NOR.html"];
        var text = Parse(html).Root!.Value;
        text.ShouldContain("Rank 1 of 4 in 2020, score 87.4, band: Very high.");
        text.ShouldContain("Rank 1 of 2 in its income group (High income).");
        text.ShouldContain("Rank 1 of 2 in its region (Europe & Central Asia).");
        text.ShouldContain("Given its conditions: score 87.4 against an income-group mean of 86.2 (1.2 points above).");
        var indicators = Parse(html).Descendants(X("table")).Single(t => (string?)t.Attribute("class") == "indicators");
        var homicide = indicators.Descendants(X("tr")).Skip(1).First().Elements().Select(e => e.Value).ToArray();
        homicide.ShouldBe(["Intentional homicide rate", "0.4721", "per 100k", "2018", "carried forward (latest:5)", "96.1",
            "unodc-homicide-owid"]);
        html.ShouldContain("title=\"2023-05\">unodc-homicide-owid</td>"); // the vintage as the source's tooltip
        html.ShouldContain("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"");
        text.ShouldContain("Finland"); // peer: same income group and region
    }

    [Fact]
    public void Profile_Somalia_SaysWhyItIsNotRanked()
    {
        var text = Parse(HtmlReport.Render(SampleRun.Run, Map, ReportTexts.English)["countries/SOM.html"]).Root!.Value;
        text.ShouldContain("Not ranked in 2020: 1 of 3 indicators available; the rule needs 60%");
        text.ShouldContain("missing");
    }

    [Fact]
    public void Render_Chinese_UsesChineseTitlesNamesAndFont()
    {
        var files = HtmlReport.Render(SampleRun.Run, Map, ReportTexts.Chinese);
        var index = files["index.html"];
        index.ShouldContain("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-Hans\">");
        index.ShouldContain("全球公共安全指数 · 2020年版");
        index.ShouldContain("按等级着色的世界地图");
        index.ShouldContain(">挪威</a>");
        index.ShouldContain("公共秩序与安全");
        index.ShouldContain("\"Noto Sans CJK SC\", \"Noto Sans SC\", sans-serif");
        var profile = Parse(files["countries/NOR.html"]).Root!.Value;
        profile.ShouldContain("各维度得分");
        profile.ShouldContain("2020年在4个国家中排名第1，得分87.4，等级：很高。");
        profile.ShouldContain("沿用往年");
        files["methodology.html"].ShouldContain("构建步骤（按顺序）");
        files["methodology.html"].ShouldContain("Pooled so that scores compare across years."); // reasons stay English
        files["sources.html"].ShouldContain("数据来源与许可");
    }

    [Fact]
    public void Render_Twice_IsByteIdentical()
    {
        var a = HtmlReport.Render(SampleRun.Run, Map, ReportTexts.Chinese);
        var b = HtmlReport.Render(SampleRun.Run, TopoJson.Read(SampleRun.GeoPath), ReportTexts.Chinese);
        b.Keys.ShouldBe(a.Keys);
        foreach (var key in a.Keys)
        {
            b[key].ShouldBe(a[key], key);
        }
    }

    [Fact]
    public void Write_Folder_HoldsTheSiteWithCountryPages()
    {
        using var temp = new TempFolder();
        var written = HtmlReport.Write(SampleRun.Run, SampleRun.GeoPath, ReportTexts.English, temp["en"]);
        written.Length.ShouldBe(8);
        File.ReadAllText(Path.Combine(temp["en"], "countries", "NOR.html")).ShouldContain("Norway");
    }

    [Fact]
    public void Print_Profiles_OnePerCountryWithPageBreaks()
    {
        var html = HtmlReport.ProfilesPrint(SampleRun.Run, ReportTexts.English);
        var doc = Parse(html);
        doc.Descendants(X("section")).Count(s => (string?)s.Attribute("class") == "profile").ShouldBe(5);
        html.ShouldContain("@page { size: A4;");
        html.ShouldContain(".profile { break-before: page;");
        // Every printed page names the recipe hash and the snapshot in its bottom margin.
        html.ShouldContain("@bottom-left { content: \"Recipe: gpsi-test sha256:0123456789abcdef\\A Data snapshot: sha256:feedface\";");
        doc.Descendants(X("nav")).ShouldBeEmpty();
        var annual = HtmlReport.AnnualPrint(SampleRun.Run, Map, ReportTexts.Chinese);
        Parse(annual).Descendants(X("h1")).Select(h => h.Value).ShouldContain("全球公共安全指数 · 2020年版");
    }

    private static XName X(string name) => XName.Get(name, "http://www.w3.org/1999/xhtml");

    private static string? Fill(List<XElement> paths, string id) =>
        paths.Single(p => (string?)p.Attribute("id") == id).Attribute("fill")?.Value;

    private static XDocument Parse(string html) =>
        XDocument.Parse(html.Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal));
}
