using Gpsi.Core.Observations;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class WhoGhoReaderTests
{
    [Fact]
    public void Read_RoadDeathRate_BothSexesAreEstimatesWithBounds()
    {
        var result = ReadShared("who-road-death-rate");
        result.Diagnostics.ShouldBeEmpty();
        var rate = result.Records.Where(r => r.Indicator == "road_death_rate").ToList();
        rate.Count.ShouldBe(3880);
        rate.ShouldAllBe(r => r.Flags == ObservationFlags.Estimated);
        var afg = rate.Single(r => r.EntityCode == "AFG" && r.Year == 2019);
        (afg.Value, afg.Line, afg.Column, afg.EntityName).ShouldBe((15.85932, 59, 7, "Afghanistan"));
        result.Records.Single(r => r.Indicator == "road_death_rate_low" && r.Line == 59).Value.ShouldBe(13.73979);
        result.Records.Single(r => r.Indicator == "road_death_rate_high" && r.Line == 59).Value.ShouldBe(17.99675);
        result.Records.Single(r => r.Indicator == "road_death_rate_male" && r.Line == 61).Value.ShouldBe(24.84867);
    }

    [Fact]
    public void Read_RoadDeathRate_KeepsRegionRowsForTheRegistryToExclude()
    {
        var africa = ReadShared("who-road-death-rate").Records
            .Single(r => r.Indicator == "road_death_rate" && r.EntityCode == "AFR" && r.Year == 2019);
        (africa.Value, africa.Line, africa.EntityName).ShouldBe((27.21174, 11039, "Africa"));
    }

    [Fact]
    public void Read_RoadUserShares_FilterOnTheRoadUserCode()
    {
        var result = ReadShared("who-road-deaths-by-user");
        var angola = result.Records.Where(r => r.EntityCode == "AGO").ToDictionary(r => r.Indicator, r => r.Value);
        angola["road_deaths_share_four_wheelers"].ShouldBe(59.5);
        angola["road_deaths_share_other_users"].ShouldBe(0);
        result.Records.ShouldAllBe(r => r.Flags == ObservationFlags.None);
    }

    [Fact]
    public void Read_BoundsMakeEstimates_OnlyWhenFilled()
    {
        var entry = Entry(SourceFormats.WhoGho, null, Series("x", "value", filter: Map("sex", "both")));
        var result = ReadText(new WhoGhoReader(), entry,
            "spatial_type,code,name,year,sex,value,low,high\n" +
            "country,AAA,A,2019,both,1,,\n" +
            "country,BBB,B,2019,both,2,1.5,\n" +
            "country,CCC,C,2019,male,3,2,4\n");
        result.Diagnostics.ShouldBeEmpty();
        result.Records.Select(r => (r.EntityCode, r.Flags)).ShouldBe(
            [("AAA", ObservationFlags.None), ("BBB", ObservationFlags.Estimated)]);
    }

    [Fact]
    public void Read_FilterOnAbsentColumn_IsAnError()
    {
        var entry = Entry(SourceFormats.WhoGho, null, Series("x", "value", filter: Map("Sex", "both")));
        var d = ReadText(new WhoGhoReader(), entry, "code,year,sex,value\nAAA,2019,both,1\n")
            .Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Found).ShouldBe(("data.missing-column", "Sex"));
        d.Message.ShouldContain("did you mean 'sex'?");
    }
}
