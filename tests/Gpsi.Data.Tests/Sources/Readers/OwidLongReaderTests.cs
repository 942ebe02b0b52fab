using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class OwidLongReaderTests
{
    private static readonly OwidLongReader Reader = new();

    private static SourceReadResult Read(string csv, SeriesEntry series, Dictionary<string, string>? options = null) =>
        ReadText(Reader, Entry(SourceFormats.OwidLong, options, series), csv);

    [Fact]
    public void Read_UnodcHomicide_GivesTheFileValuesWithLineAndColumn()
    {
        var result = ReadShared("unodc-homicide-owid");
        result.Diagnostics.ShouldBeEmpty();
        var brazil = result.Records.Single(r => r.EntityCode == "BRA" && r.Year == 2015);
        brazil.ShouldBe(new SourceRecord("BRA", "Brazil", "homicide_rate", 2015, 28.850302, 653, 4,
            ObservationFlags.None, brazil.Transformations));
        brazil.Transformations.ShouldBeEmpty();
        result.Records.Single(r => r.EntityCode == "OWID_KOS" && r.Year == 2009).Value.ShouldBe(4.067574);
    }

    [Fact]
    public void Read_UnodcHomicide_KeepsAggregatesWithBlankOrUnCodes()
    {
        var records = ReadShared("unodc-homicide-owid").Records;
        var americas = records.Single(r => r.Line == 96);
        (americas.EntityCode, americas.EntityName, americas.Year, americas.Value)
            .ShouldBe((null, "Americas (UN)", 2000, 15.669752));
        records.Count(r => r.EntityCode is { } c && c.StartsWith("UN_", StringComparison.Ordinal)).ShouldBe(126);
    }

    [Fact]
    public void Read_Executions_ReadsMinimumsAsEstimates()
    {
        var records = ReadShared("amnesty-executions-owid").Records;
        var china = records.Single(r => r.EntityCode == "CHN" && r.Year == 2016);
        (china.Value, china.Line, china.Flags).ShouldBe((1000, 52, ObservationFlags.Estimated));
        china.Transformations.ShouldBe(["'>1000' is a minimum, read as 1000"]);
        var iran = records.Single(r => r.EntityCode == "IRN" && r.Year == 2016);
        (iran.Value, iran.Flags).ShouldBe((156, ObservationFlags.None));
    }

    [Fact]
    public void Read_EmdatWorldInfinity_IsMissingAsTheCatalogueSays()
    {
        var result = ReadShared("emdat-disasters-owid");
        result.Diagnostics.ShouldBeEmpty();
        result.Records.Where(r => r.Line == 5398 && r.Indicator == "disaster_death_rate").ShouldBeEmpty();
        result.Records.Single(r => r.Line == 5487 && r.Indicator == "disaster_deaths").Value.ShouldBe(317657);
    }

    [Fact]
    public void Read_DefaultColumns_AreFoundInTheHeader()
    {
        var result = Read("Entity,Code,Year,v\nFrance,FRA,2019,1.5\n", Series("x", "v"));
        result.Diagnostics.ShouldBeEmpty();
        result.Records.ShouldHaveSingleItem().ShouldBe(new SourceRecord("FRA", "France", "x", 2019, 1.5, 2, 4,
            ObservationFlags.None, result.Records[0].Transformations));

        var tidy = Read("iso3,country,year,v\nFRA,France,2019,2\n", Series("x", "v")).Records.ShouldHaveSingleItem();
        (tidy.EntityCode, tidy.EntityName, tidy.Year, tidy.Value).ShouldBe(("FRA", "France", 2019, 2));
    }

    [Fact]
    public void Read_ScaledSeries_MultipliesAndSaysSo()
    {
        var record = Read("iso3,year,v\nFRA,2019,0.925\n", Series("x", "v", scale: 100, min: 0, max: 100))
            .Records.ShouldHaveSingleItem();
        record.Value.ShouldBe(92.5, 1e-12);
        record.Transformations.ShouldBe(["×100 (0–1 → 0–100)"]);
        Read("iso3,year,v\nFRA,2019,2\n", Series("x", "v", scale: 0.001)).Records[0].Transformations
            .ShouldBe(["×0.001"]);
    }

    [Fact]
    public void Read_BlankCells_AreMissingWithoutDiagnostics()
    {
        var result = Read("iso3,year,a,b\nFRA,2019,,1\nDEU,2019, ,\n", Series("a", "a"));
        result.Records.ShouldBeEmpty();
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Read_NotANumber_IsAnErrorAtTheCell()
    {
        var result = Read("iso3,year,v\nFRA,2019,1\nDEU,2019,\"12,5\"\n", Series("x", "v"));
        result.Records.Count.ShouldBe(1);
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location, d.Found).ShouldBe(("data.not-a-number",
            new SourceLocation("test.csv", 3, 3, "column 'v'"), "12,5"));
        d.Expected!.ShouldStartWith("a number");
    }

    [Fact]
    public void Read_ValueOverflowingWhenScaled_IsAnError()
    {
        var d = Read("iso3,year,v\nFRA,2019,1e307\n", Series("x", "v", scale: 100)).Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location, d.Found).ShouldBe(("data.not-a-number",
            new SourceLocation("test.csv", 2, 3, "column 'v'"), "1e307"));
    }

    [Theory]
    [InlineData("20x9")]
    [InlineData("1799")]
    [InlineData("2101")]
    [InlineData("2019.5")]
    [InlineData("")]
    public void Read_BadYear_IsAnErrorAtTheYearCell(string year)
    {
        var result = Read($"iso3,v,year\nFRA,1,{year}\n", Series("x", "v"));
        result.Records.ShouldBeEmpty();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location, d.Found).ShouldBe(("data.bad-year",
            new SourceLocation("test.csv", 2, 3, "column 'year'"), year));
        d.Expected.ShouldBe("a whole year from 1800 to 2100");
    }

    [Fact]
    public void Read_BadYear_IsReportedOncePerRowForManySeries()
    {
        var result = Read("iso3,year,a\nFRA,19,1\n", Series("x", "a"));
        var entry = Entry(SourceFormats.OwidLong, null, Series("a1", "a"), Series("a2", "a"));
        ReadText(Reader, entry, "iso3,year,a\nFRA,19,1\n").Diagnostics.Count.ShouldBe(1);
        result.Diagnostics.Count.ShouldBe(1);
    }

    [Fact]
    public void Read_MissingSeriesColumn_IsAnErrorAtLineOneNamingTheColumns()
    {
        var result = Read("Entity,Code,Year,Homicide rate\nFrance,FRA,2019,1\n", Series("x", "Homicide rte"));
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location, d.Found).ShouldBe(("data.missing-column",
            new SourceLocation("test.csv", 1, null, "column 'Homicide rte'"), "Homicide rte"));
        d.Message.ShouldContain("did you mean 'Homicide rate'?");
        d.Expected.ShouldBe("one of the columns found: Entity, Code, Year, Homicide rate");
    }

    [Fact]
    public void Read_MissingSeriesColumn_StillReadsTheOtherSeries()
    {
        var entry = Entry(SourceFormats.OwidLong, null, Series("a", "a"), Series("b", "nope"));
        var result = ReadText(Reader, entry, "iso3,year,a\nFRA,2019,1\n");
        result.Records.ShouldHaveSingleItem().Indicator.ShouldBe("a");
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("data.missing-column");
    }

    [Fact]
    public void Read_NoCodeColumn_IsAnErrorNamingTheOption()
    {
        var d = Read("Entity,Year,v\nFrance,2019,1\n", Series("x", "v")).Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location).ShouldBe(("data.missing-column", new SourceLocation("test.csv", 1, null, "column 'Code'")));
        d.Message.ShouldContain("code-column");
    }

    [Fact]
    public void Read_OptionNamingAnAbsentColumn_IsAnError()
    {
        var d = Read("iso3,year,v\nFRA,2019,1\n", Series("x", "v"), Map("code-column", "ISO"))
            .Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Found).ShouldBe(("data.missing-column", "ISO"));
        d.Message.ShouldContain("did you mean 'iso3'?");
    }

    [Fact]
    public void Read_UnknownOption_IsAnErrorWithASuggestion()
    {
        var d = Read("iso3,year,v\nFRA,2019,1\n", Series("x", "v"), Map("code-colum", "iso3"))
            .Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Found, d.Location).ShouldBe(("data.unknown-option", "code-colum",
            new SourceLocation("test.csv", Field: "source test-source, options.code-colum")));
        d.Message.ShouldContain("did you mean 'code-column'?");
    }

    [Fact]
    public void Read_MissingValuesAndYearOptions_Apply()
    {
        var result = Read("iso3,v\nFRA,inf\nDEU,..\nITA,3\n", Series("x", "v"),
            Map("missing-values", "inf, ..", "year", "2020"));
        result.Diagnostics.ShouldBeEmpty();
        var record = result.Records.ShouldHaveSingleItem();
        (record.EntityCode, record.Year, record.Value).ShouldBe(("ITA", 2020, 3));
    }

    [Fact]
    public void Read_WithoutAtLeastMarker_AMinimumIsNotANumber() =>
        Read("iso3,year,v\nCHN,2016,>1000\n", Series("x", "v")).Diagnostics.ShouldHaveSingleItem().Code
            .ShouldBe("data.not-a-number");

    [Fact]
    public void Read_UnterminatedQuote_IsAMalformedCsvErrorWithItsLine()
    {
        var result = Read("iso3,year,v\nFRA,2019,1\nDEU,2019,\"2\n", Series("x", "v"));
        result.Records.ShouldBeEmpty();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("csv.malformed");
        d.Location!.File.ShouldBe("test.csv");
        d.Location.Line.ShouldBe(3);
    }

    [Fact]
    public void Read_WrongFieldCount_IsAnErrorWithItsLine()
    {
        var d = Read("iso3,year,v\nFRA,2019,1\nDEU,2019\n", Series("x", "v")).Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location, d.Found).ShouldBe(("csv.field-count", new SourceLocation("test.csv", 3), "2"));
    }

    [Fact]
    public void Read_MissingFile_IsADiagnostic()
    {
        var entry = Entry(SourceFormats.OwidLong, null, Series("x", "v"));
        var d = Reader.Read(entry, "/nonexistent/gpsi/none.csv", "none.csv").Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location).ShouldBe(("data.unreadable", new SourceLocation("none.csv")));
    }
}
