using System.Xml.Linq;
using Gpsi.Core.Editions;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;
using Gpsi.Reports.Maps;
using Gpsi.Reports.Site;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Tests;

/// <summary>Issue 5, item 4: every published rank is shown with its interval, in the ranking table and the profile.</summary>
public sealed class RankIntervalReportTests
{
    private static readonly System.Collections.Immutable.ImmutableArray<MapFeature> Map = TopoJson.Read(SampleRun.GeoPath);

    private static readonly Data.Editions.IndexRun Run = SampleRun.Run with
    {
        Recipe = SampleRun.Recipe with
        {
            Uncertainty = new UncertaintySettings([new Factor.WeightNoise("weights", [1, 2], 0.25, null)], 500, 7),
        },
        Scores = [.. SampleRun.Run.Scores.Select(s => s is { Node: "index", Rank: { } rank }
            ? s with { Interval = s.Iso3 == "NOR" ? new RankInterval(1, 1, 2.3) : new RankInterval(rank - 0.5 < 1 ? 1 : rank - 0.5, rank, rank) }
            : s)],
    };

    [Theory]
    [InlineData(1, 1, 1, "1")]
    [InlineData(1, 1.5, 2.3, "1–3")]
    [InlineData(2.95, 4, 6.0, "2–6")]
    public void RankRange_RoundsOutwards(double low, double median, double high, string shown) =>
        HomeSections.RankRange(new RankInterval(low, median, high)).ShouldBe(shown);

    [Fact]
    public void RankRange_None_IsADash() => HomeSections.RankRange(null).ShouldBe("–");

    [Fact]
    public void RankingTable_WithAnUncertaintyAnalysis_HasTheRangeColumnAndItsNote()
    {
        var doc = XDocument.Parse(HtmlReport.Render(Run, Map, ReportTexts.English)["index.html"]);
        var table = doc.Descendants(X("table")).Single(t => (string?)t.Attribute("class") == "ranking");
        var rows = table.Descendants(X("tr")).Select(r => r.Elements().Select(c => c.Value).ToArray()).ToList();
        rows[0][..3].ShouldBe(["Rank", "Rank range", "Country"]);
        rows[1][..3].ShouldBe(["1", "1–3", "Norway"]);
        rows[2][..3].ShouldBe(["2", "1–2", "Finland"]);
        doc.Root!.Value.ShouldContain("over 500 alternative recipes drawn from the uncertain choices stated in the methodology (seed 7)");
    }

    [Fact]
    public void RankingTable_WithoutAnUncertaintyAnalysis_HasNoRangeColumn()
    {
        var doc = XDocument.Parse(HtmlReport.Render(SampleRun.Run, Map, ReportTexts.English)["index.html"]);
        doc.Root!.Value.ShouldNotContain("Rank range");
    }

    [Fact]
    public void Profile_ShowsTheRangeInBothLanguages()
    {
        XDocument.Parse(HtmlReport.Render(Run, Map, ReportTexts.English)["countries/NOR.html"]).Root!.Value
            .ShouldContain("its rank lies between 1 and 3 in 90% of 500 alternative recipes (median 1).");
        XDocument.Parse(HtmlReport.Render(Run, Map, ReportTexts.Chinese)["countries/NOR.html"]).Root!.Value
            .ShouldContain("500个替代方案中有90%的排名位于第1至第3名之间（中位数1）");
    }

    [Fact]
    public void Methodology_ListsTheUncertainChoices()
    {
        var text = XDocument.Parse(HtmlReport.Render(Run, Map, ReportTexts.English)["methodology.html"]).Root!.Value;
        text.ShouldContain("Uncertainty of the ranks");
        text.ShouldContain("rebuilt 500 times (seed 7)");
        text.ShouldContain("weights at levels 1, 2 × U(0.75, 1.25), fresh each replication");
    }

    private static XName X(string name) => XName.Get(name, "http://www.w3.org/1999/xhtml");
}
