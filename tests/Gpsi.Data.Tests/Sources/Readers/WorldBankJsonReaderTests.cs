using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Sources.Readers;
using Gpsi.Data.Tests.Fetch;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class WorldBankJsonReaderTests
{
    private static readonly WorldBankJsonReader Reader = new();

    [Fact]
    public async Task Read_FetchedFile_GivesTheRealUnodcRatesWithLines()
    {
        using var bed = new FetchBed();
        await bed.RunAsync(bed.Options with { Only = ["wb-homicide"] });

        var result = Reader.Read(ReaderFiles.Entry("wb-homicide"), bed.File("wb-homicide.json"), "wb-homicide.json");

        result.Diagnostics.ShouldBeEmpty();
        // 10 rows over 2 pages; Arab World's two null values are gaps.
        result.Records.Select(r => $"{r.EntityCode} {r.Year}").ShouldBe(
            ["WLD 2020", "WLD 2019", "AFG 2020", "AFG 2019", "BRA 2020", "BRA 2019", "FIN 2020", "FIN 2019"]);
        var unodc = ReaderFiles.UnodcRates();
        foreach (var record in result.Records)
        {
            record.Value.ShouldBe(unodc[(record.EntityCode == "WLD" ? "OWID_WRL" : record.EntityCode!, record.Year)]);
            record.Indicator.ShouldBe("homicide_rate_wb");
            record.Flags.ShouldBe(ObservationFlags.None);
            record.Column.ShouldBeNull();
        }

        var afg = result.Records.Single(r => r.EntityCode == "AFG" && r.Year == 2019);
        afg.Value.ShouldBe(7.163967);
        afg.EntityName.ShouldBe("Afghanistan");
        // The merged file: paging on line 1, "[" on line 2, one row per line from line 3 (ARB 2020, ARB 2019, WLD …).
        result.Records.Select(r => r.Line).ShouldBe([5, 6, 7, 8, 9, 10, 11, 12]);
    }

    [Fact]
    public void Read_OnePageAsServed_ReadsTheCompactBody()
    {
        var result = Reader.Read(ReaderFiles.Entry("wb-homicide"), FakeApis.FixturePath("wb-VC.IHR.PSRC.P5-page2.json"), "page2.json");

        result.Diagnostics.ShouldBeEmpty();
        result.Records.Select(r => (r.EntityCode, r.Year, r.Value, r.Line)).ShouldBe(
            [("BRA", 2020, 22.870605, 1), ("BRA", 2019, 21.24456, 1), ("FIN", 2020, 1.7541918, 1), ("FIN", 2019, 1.4669238, 1)]);
    }

    [Fact]
    public void Read_ApiErrorBody_IsADiagnosticQuotingTheMessage()
    {
        var path = ReaderFiles.Temp(FakeApis.WorldBankError);

        var result = Reader.Read(ReaderFiles.Entry("wb-homicide"), path, "error.json");

        result.Records.ShouldBeEmpty();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("worldbank.api-error");
        d.Found.ShouldBe("120 Invalid value: The provided parameter value is not valid");
        d.Location.ShouldBe(new SourceLocation("error.json", 1, 1));
    }

    [Fact]
    public void Read_InvalidJson_NamesLineAndColumn()
    {
        var path = ReaderFiles.Temp("[{\"page\":1,\"pages\":1,\"total\":1},\n[\n{\"date\":\"2020\",,\"value\":1}\n]]");

        var result = Reader.Read(ReaderFiles.Entry("wb-homicide"), path, "broken.json");

        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("json.invalid");
        d.Location!.Line.ShouldBe(3);
        d.Location.Column.ShouldBe(16); // the second comma
    }

    [Fact]
    public void Read_QuarterlyDateAndTextValue_AreDiagnosticsOnTheirLines()
    {
        var path = ReaderFiles.Temp("""
            [{"page":1,"pages":1,"per_page":3,"total":3},
            [
            {"indicator":{"id":"VC.IHR.PSRC.P5"},"country":{"value":"Norway"},"countryiso3code":"NOR","date":"2020Q1","value":0.5},
            {"indicator":{"id":"VC.IHR.PSRC.P5"},"country":{"value":"Norway"},"countryiso3code":"NOR","date":"2020","value":"0.5"},
            {"indicator":{"id":"VC.IHR.PSRC.P5"},"country":{"value":"Norway"},"countryiso3code":"NOR","date":"2019","value":0.52}
            ]]
            """);

        var result = Reader.Read(ReaderFiles.Entry("wb-homicide"), path, "bad.json");

        result.Records.ShouldHaveSingleItem().Value.ShouldBe(0.52);
        result.Diagnostics.Select(d => (d.Code, d.Location!.Line, d.Found)).ShouldBe(
            [("worldbank.not-a-year", (int?)3, "\"2020Q1\""), ("worldbank.not-a-number", 4, "\"0.5\"")]);
    }

    [Fact]
    public void Read_BlankIso3AndScale_GiveNullCodeAndScaledValue()
    {
        var path = ReaderFiles.Temp("""
            [{"page":1,"pages":1,"per_page":1,"total":1},[
            {"indicator":{"id":"SP.POP.TOTL"},"country":{"id":"XC","value":"Euro area"},"countryiso3code":"","date":"2020","value":342000000}
            ]]
            """);
        var entry = ReaderFiles.Entry("wb-population", s => s with { Scale = 1e-6, Unit = "million persons" });

        var record = Reader.Read(entry, path, "pop.json").Records.ShouldHaveSingleItem();

        record.EntityCode.ShouldBeNull();
        record.EntityName.ShouldBe("Euro area");
        record.Value.ShouldBe(342, 1e-9);
        record.Transformations.ShouldBe(["scaled by 1E-06"]);
    }

    [Fact]
    public void Read_FileOfAnotherIndicator_WarnsThatNoRowMatches()
    {
        var result = Reader.Read(ReaderFiles.Entry("wb-road-deaths"), FakeApis.FixturePath("wb-VC.IHR.PSRC.P5-page1.json"), "p1.json");

        result.Records.ShouldBeEmpty();
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Severity.ShouldBe(Severity.Warning);
        d.Code.ShouldBe("worldbank.no-rows");
        d.Found.ShouldBe("VC.IHR.PSRC.P5");
    }

    [Fact]
    public void Read_NotTheApiShape_IsADiagnostic()
    {
        var result = Reader.Read(ReaderFiles.Entry("wb-homicide"), ReaderFiles.Temp("{\"value\": []}"), "odata.json");

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("worldbank.shape");
    }
}
