using Gpsi.Core.Observations;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using Gpsi.Data.Tests.Fetch;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class GhoODataReaderTests
{
    private static readonly GhoODataReader Reader = new();

    [Fact]
    public async Task Read_FetchedFile_BothSexesAgreeWithTheWhoFile()
    {
        using var bed = new FetchBed();
        await bed.RunAsync(bed.Options with { Only = ["who-road-deaths"] });

        var result = Reader.Read(ReaderFiles.Entry("who-road-deaths"), bed.File("who-road-deaths.json"), "who.json");

        result.Diagnostics.ShouldBeEmpty();
        result.Records.Select(r => $"{r.EntityCode} {r.Year}").ShouldBe(
            ["AFG 2019", "BRA 2019", "FIN 2019", "NOR 2019", "AFR 2019", "GLOBAL 2019", "NOR 2018"]);
        var who = ReaderFiles.WhoRoadRates();
        foreach (var record in result.Records)
        {
            record.Value.ShouldBe(who[(record.EntityCode!, record.Year, "both")].Value);
            record.Flags.ShouldBe(ObservationFlags.Estimated);
            record.EntityName.ShouldBeNull();
            record.Indicator.ShouldBe("road_death_rate_who");
        }

        result.Records[0].Value.ShouldBe(15.85932);
        // Rows one per line from line 2: AFG both, female, male, BRA both … FIN is the 7th row.
        result.Records.Select(r => r.Line).ShouldBe([2, 5, 8, 9, 10, 11, 12]);
    }

    [Fact]
    public void Read_MaleFilter_TakesTheMaleRows()
    {
        var entry = ReaderFiles.Entry("who-road-deaths", s => s with
        {
            Indicator = "road_death_rate_male",
            Filter = new Dictionary<string, string> { ["Dim1"] = "SEX_MLE" },
        });

        var result = Reader.Read(entry, FakeApis.FixturePath("gho-RS_198-page1.json"), "p1.json");

        result.Records.Select(r => (r.EntityCode, r.Value)).ShouldBe([("AFG", 24.84867), ("BRA", 26.86827)]);
    }

    [Fact]
    public void Read_RowsWithoutBoundsOrValue_AreNotEstimatedOrSkipped()
    {
        var path = ReaderFiles.Temp("""
            {"value":[
            {"IndicatorCode":"RS_198","SpatialDimType":"COUNTRY","SpatialDim":"NOR","TimeDim":2019,"Dim1":"SEX_BTSX","NumericValue":2.1,"Low":null,"High":null},
            {"IndicatorCode":"RS_198","SpatialDimType":"COUNTRY","SpatialDim":"SWE","TimeDim":"2019","Dim1":"SEX_BTSX","NumericValue":null,"Value":"No data"},
            {"IndicatorCode":"RS_196","SpatialDimType":"COUNTRY","SpatialDim":"SWE","TimeDim":2019,"Dim1":"SEX_BTSX","NumericValue":224}
            ]}
            """);

        var result = Reader.Read(ReaderFiles.Entry("who-road-deaths"), path, "rows.json");

        result.Diagnostics.ShouldBeEmpty();
        var record = result.Records.ShouldHaveSingleItem();
        (record.EntityCode, record.Value, record.Flags, record.Line).ShouldBe(("NOR", 2.1, ObservationFlags.None, (int?)2));
    }

    [Fact]
    public void Read_YearRangeAndTextValue_AreDiagnosticsOnTheirLines()
    {
        var path = ReaderFiles.Temp("""
            {"value":[
            {"IndicatorCode":"RS_198","SpatialDim":"NOR","TimeDim":"2015-2019","Dim1":"SEX_BTSX","NumericValue":2.1},
            {"IndicatorCode":"RS_198","SpatialDim":"NOR","TimeDim":2019,"Dim1":"SEX_BTSX","NumericValue":"2.1"}
            ]}
            """);

        var result = Reader.Read(ReaderFiles.Entry("who-road-deaths"), path, "bad.json");

        result.Records.ShouldBeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Location!.Line, d.Location.Field)).ShouldBe(
            [("gho.not-a-year", (int?)2, "TimeDim"), ("gho.not-a-number", 3, "NumericValue")]);
    }

    [Fact]
    public void Read_FilterOnAFieldNoRowHas_IsAnError()
    {
        var entry = ReaderFiles.Entry("who-road-deaths", s => s with { Filter = new Dictionary<string, string> { ["Sex"] = "both" } });

        var result = Reader.Read(entry, FakeApis.FixturePath("gho-RS_198-page2.json"), "p2.json");

        result.Records.ShouldBeEmpty();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("source.unknown-filter-column");
        d.Found.ShouldBe("Sex");
    }

    [Theory]
    [InlineData("{\"error\":{\"code\":\"404\",\"message\":\"Resource not found\"}}", "gho.api-error")]
    [InlineData("[{\"page\":1}, []]", "gho.shape")]
    [InlineData("{\"value\": [\n{\"a\": tru}\n]}", "json.invalid")]
    public void Read_NotData_IsADiagnostic(string text, string code)
    {
        var result = Reader.Read(ReaderFiles.Entry("who-road-deaths"), ReaderFiles.Temp(text), "x.json");

        result.Records.ShouldBeEmpty();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    [Fact]
    public void OnlineReaders_All_CoverTheFetchedJsonFormats() =>
        OnlineReaders.All.Select(r => r.Format).ShouldBe([SourceFormats.WorldBankJson, SourceFormats.GhoOData]);
}
