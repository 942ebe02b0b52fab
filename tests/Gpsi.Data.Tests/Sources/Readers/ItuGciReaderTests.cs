using Gpsi.Core.Diagnostics;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class ItuGciReaderTests
{
    [Fact]
    public void Read_Gci2017_Singapore0925Becomes925()
    {
        var result = ReadShared("itu-gci-2017");
        result.Diagnostics.ShouldBeEmpty();
        var sgp = result.Records.Single(r => r.EntityCode == "SGP");
        (sgp.Year, sgp.Line, sgp.Column, sgp.EntityName).ShouldBe((2017, 2, 3, "Singapore"));
        sgp.Value.ShouldBe(92.5, 1e-12);
        sgp.Transformations.ShouldBe(["×100 (0–1 → 0–100)"]);
        result.Records.Count.ShouldBe(195);
    }

    [Fact]
    public void Read_Gci2018_UnitedKingdomFirst()
    {
        var gbr = ReadShared("itu-gci-2018").Records.Single(r => r.EntityCode == "GBR");
        (gbr.Year, gbr.Line, gbr.EntityName).ShouldBe((2018, 2, "United Kingdom"));
        gbr.Value.ShouldBe(93.1, 1e-12);
    }

    [Fact]
    public void Read_Indexes2020_GciNcsiDdlCeiOnTheirOwnScales()
    {
        var result = ReadShared("cyber-indexes-2020");
        result.Diagnostics.ShouldBeEmpty();
        var sgp = result.Records.Where(r => r.EntityCode == "SGP").ToDictionary(r => r.Indicator, r => r.Value);
        sgp.ShouldBe(new Dictionary<string, double>
            { ["gci_2020"] = 98.52, ["ncsi"] = 71.43, ["ddl"] = 79.93, ["cei"] = 0.231 });
        result.Records.ShouldAllBe(r => r.Year == 2020 && r.Transformations.Count == 0);
        result.Records.Count(r => r.Indicator == "cei").ShouldBe(108);
    }

    [Fact]
    public void Read_WithoutYearOption_IsAnError()
    {
        var entry = Entry(SourceFormats.ItuGci, null, Series("x", "gci_score"));
        var result = ReadText(new ItuGciReader(), entry, "country,iso3,gci_score\nSingapore,SGP,0.9\n");
        result.Records.ShouldBeEmpty();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location).ShouldBe(("data.missing-option",
            new SourceLocation("test.csv", Field: "source test-source, options.year")));
    }

    [Fact]
    public void Read_BadYearOption_IsAnError()
    {
        var entry = Entry(SourceFormats.ItuGci, Map("year", "2018/19"), Series("x", "gci_score"));
        var d = ReadText(new ItuGciReader(), entry, "country,iso3,gci_score\nSingapore,SGP,0.9\n")
            .Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Found).ShouldBe(("data.bad-option", "2018/19"));
    }
}
