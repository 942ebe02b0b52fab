using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class SdmxCsvReaderTests
{
    private const string Sdmx1 =
        "DATAFLOW,REF_AREA,INDICATOR,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n" +
        "UNODC:DF_HOM(1.0),FRA,VC_IHR_PSRC,_T,2019,1.2,PER_100000_POP,A\n" +
        "UNODC:DF_HOM(1.0),DEU,VC_IHR_PSRC,_T,2019,0.9,PER_100000_POP,E\n" +
        "UNODC:DF_HOM(1.0),ITA,VC_IHR_PSRC,_T,2019,NaN,PER_100000_POP,M\n" +
        "UNODC:DF_HOM(1.0),FRA,VC_IHR_PSRC,M,2019,1.9,PER_100000_POP,A\n" +
        "UNODC:DF_HOM(1.0),FRA,VC_OTHER,_T,2019,7,NUMBER,A\n";

    private static SourceReadResult Read(string csv, SeriesEntry series, Dictionary<string, string>? options = null) =>
        ReadText(new SdmxCsvReader(), Entry(SourceFormats.SdmxCsv, options, series), csv);

    [Fact]
    public void Read_Sdmx1_TakesTheIndicatorCodeWithUnitAndStatus()
    {
        var result = Read(Sdmx1, Series("homicide", "VC_IHR_PSRC", filter: Map("SEX", "_T")));
        result.Diagnostics.ShouldBeEmpty();
        result.Records.Select(r => (r.EntityCode, r.Year, r.Value, r.SourceUnit, r.Flags, r.Line, r.Column))
            .ShouldBe([
                ("FRA", 2019, 1.2, "PER_100000_POP", ObservationFlags.None, 2, 6),
                ("DEU", 2019, 0.9, "PER_100000_POP", ObservationFlags.Estimated, 3, 6),
            ]);
        result.Records.ShouldAllBe(r => r.EntityName == null);
    }

    [Fact]
    public void Read_ObsValueColumn_TakesEveryRow() =>
        Read(Sdmx1, Series("all", "OBS_VALUE")).Records.Count.ShouldBe(4);

    [Fact]
    public void Read_Sdmx2WithLabels_SplitsCodesAndLabels()
    {
        const string Csv =
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Reference area,SERIES: Series,TIME_PERIOD: Time,OBS_VALUE," +
            "UNIT_MEASURE: Unit,OBS_STATUS: Status\n" +
            "dataflow,UN:DF_SDG(1.0),I,FRA: France,VC_IHR_PSRC: Homicide rate,2018,1.1,PER_100000_POP: per 100k,E: Estimated\n";
        var record = Read(Csv, Series("h", "VC_IHR_PSRC")).Records.ShouldHaveSingleItem();
        (record.EntityCode, record.EntityName, record.Year, record.Value, record.SourceUnit, record.Flags)
            .ShouldBe(("FRA", "France", 2018, 1.1, "PER_100000_POP", ObservationFlags.Estimated));
    }

    [Fact]
    public void Read_NotSdmx_IsAnErrorAtTheFirstColumn()
    {
        var d = Read("country,REF_AREA,TIME_PERIOD,OBS_VALUE\nx,FRA,2019,1\n", Series("h", "OBS_VALUE"))
            .Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location, d.Found).ShouldBe(("data.missing-column",
            new SourceLocation("test.csv", 1, 1, "column 'country'"), "country"));
    }

    [Fact]
    public void Read_QuarterlyPeriod_IsABadYear()
    {
        var d = Read("DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\nX,FRA,2019-Q1,1\n", Series("h", "OBS_VALUE"))
            .Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location, d.Found).ShouldBe(("data.bad-year",
            new SourceLocation("test.csv", 2, 3, "column 'TIME_PERIOD'"), "2019-Q1"));
    }

    [Fact]
    public void Read_IndicatorCodeWithoutIndicatorColumn_IsAnError()
    {
        var d = Read("DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\nX,FRA,2019,1\n", Series("h", "VC_IHR_PSRC"))
            .Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Found).ShouldBe(("data.missing-column", "INDICATOR"));
        d.Message.ShouldContain("indicator-column");
    }

    [Fact]
    public void Read_IndicatorColumnOption_NamesTheDimension()
    {
        var records = Read("DATAFLOW,REF_AREA,MEASURE_X,TIME_PERIOD,OBS_VALUE\nX,FRA,A,2019,1\nX,FRA,B,2019,2\n",
            Series("h", "B"), Map("indicator-column", "MEASURE_X")).Records;
        records.ShouldHaveSingleItem().Value.ShouldBe(2);
    }
}
