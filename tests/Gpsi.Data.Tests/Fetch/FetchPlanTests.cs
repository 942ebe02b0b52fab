using Gpsi.Data.Fetch;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Tests.Fetch;

public sealed class FetchPlanTests
{
    [Fact]
    public void Default_EmbeddedPlan_HasTheIssueTargets()
    {
        var plan = FetchPlan.Default;

        plan.Targets.Select(t => (t.Id, t.Api, t.Code)).ShouldBe([
            ("wb-homicide", FetchApi.WorldBank, "VC.IHR.PSRC.P5"),
            ("wb-road-deaths", FetchApi.WorldBank, "SH.STA.TRAF.P5"),
            ("wb-secure-servers", FetchApi.WorldBank, "IT.NET.SECR.P6"),
            ("wb-population", FetchApi.WorldBank, "SP.POP.TOTL"),
            ("wb-political-stability", FetchApi.WorldBank, "PV.EST"),
            ("who-road-deaths", FetchApi.WhoGho, "RS_198"),
            ("owid-homicide", FetchApi.Owid, "homicide-rate-unodc"),
            ("owid-terrorism-deaths", FetchApi.Owid, "fatalities-from-terrorism"),
        ]);
        plan.Targets.SelectMany(t => t.Series).Select(s => s.Indicator).ShouldBeUnique();
        var stability = plan.Targets.Single(t => t.Id == "wb-political-stability");
        stability.WorldBankSource.ShouldBe(3);
        stability.Series.ShouldHaveSingleItem().Kind.ShouldBe(ValueKind.Estimate);
        (stability.Series[0].Min, stability.Series[0].Max).ShouldBe((-3, 3));
        plan.Targets.Single(t => t.Id == "wb-secure-servers").Series[0].Max.ShouldBeNull();
        plan.Targets.Single(t => t.Id == "who-road-deaths").Series[0].Filter.ShouldBe(
            new Dictionary<string, string> { ["Dim1"] = "SEX_BTSX" });
    }

    [Fact]
    public void Endpoints_Default_AreTheRealServiceUrls()
    {
        var plan = FetchPlan.Default;
        var endpoints = FetchEndpoints.Default;
        FetchTarget Target(string id) => plan.Targets.Single(t => t.Id == id);

        endpoints.WorldBankPage(Target("wb-homicide"), 1000, 3).ToString().ShouldBe(
            "https://api.worldbank.org/v2/country/all/indicator/VC.IHR.PSRC.P5?format=json&per_page=1000&page=3");
        endpoints.WorldBankPage(Target("wb-political-stability"), 1000, 1).ToString().ShouldBe(
            "https://api.worldbank.org/v2/country/all/indicator/PV.EST?format=json&per_page=1000&source=3&page=1");
        endpoints.Gho(Target("who-road-deaths")).ToString().ShouldBe("https://ghoapi.azureedge.net/api/RS_198");
        endpoints.OwidCsv(Target("owid-homicide")).ToString().ShouldBe(
            "https://ourworldindata.org/grapher/homicide-rate-unodc.csv?v=1&csvType=full&useColumnShortNames=true");
        Target("owid-homicide").FileName.ShouldBe("owid-homicide.csv");
        Target("who-road-deaths").Format.ShouldBe(SourceFormats.GhoOData);
    }

    [Theory]
    [InlineData("targets:\n  - id: x\n    api: worldbank\n    colour: red\n", "test.yaml:4:5: unknown key 'colour'")]
    [InlineData("targets:\n  - id: Bad_Id\n", "test.yaml:2:9: target id 'Bad_Id'")]
    [InlineData("targets:\n  - id: x\n    api: ftp\n", "test.yaml:3:10: unknown api 'ftp'")]
    [InlineData("targets: [\n", "test.yaml:")]
    public void Parse_BadPlan_ThrowsNamingLineAndColumn(string yaml, string start) =>
        Should.Throw<InvalidDataException>(() => FetchPlan.Parse(yaml, "test.yaml")).Message.ShouldStartWith(start);

    [Fact]
    public void Parse_SeriesKindMustBeLowercaseName()
    {
        const string yaml = """
            targets:
              - id: x
                api: owid
                code: x
                title: X
                publisher: P
                licence: L
                series:
                  - { indicator: x, column: c, unit: u, kind: 1 }
            """;

        Should.Throw<InvalidDataException>(() => FetchPlan.Parse(yaml, "t.yaml")).Message.ShouldContain("unknown kind '1'");
    }

    [Fact]
    public void UnknownIds_NamesOnlyTheMissing() =>
        FetchPlan.Default.UnknownIds(["wb-homicide", "wb-nothing", "owid-x"]).ShouldBe(["wb-nothing", "owid-x"]);
}
