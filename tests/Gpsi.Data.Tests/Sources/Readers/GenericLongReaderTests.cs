using Gpsi.Core.Observations;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class GenericLongReaderTests
{
    [Fact]
    public void Read_TakesTheRowsOfTheSeriesIndicatorWithTheirUnit()
    {
        var entry = Entry(SourceFormats.GenericLong, null, Series("hom", "homicide", scale: 10));
        var result = ReadText(new GenericLongReader(), entry,
            "unit,indicator,year,value,unit_of_measure\n" +
            "FRA,homicide,2019,0.12,per 1m\n" +
            "FRA,suicide,2019,13,per 100k\n" +
            "DEU,homicide,2018,,per 1m\n");
        result.Diagnostics.ShouldBeEmpty();
        var record = result.Records.ShouldHaveSingleItem();
        (record.EntityCode, record.Indicator, record.Year, record.SourceUnit, record.Flags, record.Line, record.Column)
            .ShouldBe(("FRA", "hom", 2019, "per 1m", ObservationFlags.None, 2, 4));
        record.Value.ShouldBe(1.2, 1e-12);
        record.Transformations.ShouldBe(["×10"]);
    }

    [Fact]
    public void Read_RenamedColumns_ThroughOptions()
    {
        var entry = Entry(SourceFormats.GenericLong,
            Map("unit-column", "iso", "indicator-column", "var", "year-column", "t", "value-column", "x"),
            Series("a", "A"));
        var record = ReadText(new GenericLongReader(), entry, "iso,var,t,x\nPER,A,2001,5\nPER,B,2001,6\n")
            .Records.ShouldHaveSingleItem();
        (record.EntityCode, record.Year, record.Value, record.SourceUnit).ShouldBe(("PER", 2001, 5, null));
    }
}
