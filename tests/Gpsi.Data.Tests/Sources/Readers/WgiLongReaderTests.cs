using Gpsi.Core.Diagnostics;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class WgiLongReaderTests
{
    [Fact]
    public void Read_PoliticalStability_Romania2019()
    {
        var result = ReadShared("wgi-political-stability");
        result.Diagnostics.ShouldBeEmpty();
        var rom = result.Records.Where(r => r.EntityCode == "ROM" && r.Year == 2019)
            .ToDictionary(r => r.Indicator);
        (rom["political_stability"].Value, rom["political_stability"].Line, rom["political_stability"].Column)
            .ShouldBe((0.525505423545837, 3340, 4));
        rom["political_stability_std_err"].Value.ShouldBe(0.22783225774765);
        rom["political_stability_pctrank"].Value.ShouldBe(65.2380981445312);
        rom["political_stability"].EntityName.ShouldBe("Romania");
    }

    [Fact]
    public void Read_AllSixDimensions_FilterOnTheIndicatorColumn()
    {
        var rom = ReadShared("wgi-all").Records.Where(r => r.EntityCode == "ROM" && r.Year == 2019)
            .ToDictionary(r => r.Indicator, r => (r.Value, r.Line));
        rom.Count.ShouldBe(6);
        rom["wgi_rule_of_law"].ShouldBe((0.364004611968994, 21316));
        rom["wgi_political_stability"].ShouldBe((0.525505423545837, 7834));
        rom["wgi_control_of_corruption"].ShouldBe((-0.128240466117859, 25810));
    }

    [Fact]
    public void Read_SeriesWithoutIndicatorFilter_IsAnError()
    {
        var entry = Entry(SourceFormats.WgiLong, null, Series("x", "estimate"));
        var d = ReadText(new WgiLongReader(), entry, "country,wb_code,year,estimate,indicator\nR,ROM,2019,0.5,RuleofLaw\n")
            .Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location).ShouldBe(("data.missing-filter",
            new SourceLocation("test.csv", Field: "source test-source, series x, filter")));
    }
}
