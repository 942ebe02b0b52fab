using System.Globalization;
using System.Xml.Linq;
using Gpsi.Reports.Maps;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Tests;

/// <summary>The reports of the real GPSI run: numbers on the pages are the run's, every country has its page.</summary>
public sealed class RealRunTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Render_RealRun_MapTableAndProfilesCarryTheRunsNumbers()
    {
        var run = GpsiRun.Run;
        var map = TopoJson.Read(SampleRun.GeoPath);
        var files = HtmlReport.Render(run, map, ReportTexts.English);
        files.Count.ShouldBe(run.Countries.Length + 3);
        var latest = run.Years[^1];
        var ranked = run.Scores.Where(s => s.Year == latest && s.Node == run.RootCode && s.Rank is not null).ToList();
        ranked.Count.ShouldBeGreaterThanOrEqualTo(190);

        var index = XDocument.Parse(files["index.html"].Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal));
        index.Root!.Value.ShouldContain($"{ranked.Count} countries ranked in the {latest} edition.");
        var norway = ranked.Single(s => s.Iso3 == "NOR");
        var labels = Gpsi.Core.Results.BandRule.DefaultLabels;
        var bandLabels = run.Recipe.Bands is Gpsi.Core.Results.BandRule.Fixed f ? f.Labels : labels;
        var fill = index.Descendants().Single(e => (string?)e.Attribute("id") == "c578").Attribute("fill")!.Value;
        fill.ShouldBe(BandPalette.Colour(bandLabels.IndexOf(norway.Band!), bandLabels.Length));
        var rows = index.Descendants(Xhtml + "table").Single(t => (string?)t.Attribute("class") == "ranking")
            .Descendants(Xhtml + "tr").Skip(1).ToList();
        rows.Count.ShouldBe(ranked.Count);
        var norwayRow = rows.Single(r => r.Elements().ElementAt(2).Value == "Norway").Elements().Select(e => e.Value).ToList();
        norwayRow[0].ShouldBe(norway.Rank!.Value.ToString(CultureInfo.InvariantCulture));
        norwayRow[1].ShouldBe(norway.Interval!.Shown); // the rank range column
        norwayRow[3].ShouldBe(norway.Score!.Value.ToString("F1", CultureInfo.InvariantCulture));

        var profile = files["countries/NOR.html"];
        profile.ShouldContain($"Rank {norway.Rank} of {ranked.Count} in {latest}, score {norway.Score.Value.ToString("F1", CultureInfo.InvariantCulture)}");
        var homicide = run.Values.Single(v => v.Year == latest && v.Iso3 == "NOR" && v.Indicator == "homicide");
        profile.ShouldContain($"<td class=\"n\">{homicide.DataYear}</td>");
        profile.ShouldContain(homicide.Provenance[0].SourceId.Split('+')[0]);
    }

    [Fact]
    public void Render_RealRunChinese_HasChineseCountryNamesForEveryRankedCountry()
    {
        var run = GpsiRun.Run;
        var files = HtmlReport.Render(run, TopoJson.Read(SampleRun.GeoPath), ReportTexts.Chinese);
        files["index.html"].ShouldContain(">挪威</a>");
        files["countries/CHN.html"].ShouldContain("中国：国家概况");
        var english = run.Countries.Where(c => ReportTexts.Default.Country(c.Iso3, c.Name, ReportTexts.Chinese) == c.Name)
            .Select(c => c.Iso3).ToList();
        english.ShouldBeEmpty(); // every UN member and observer has a Chinese name in iso-codes
    }
}
