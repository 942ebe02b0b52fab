using Gpsi.Core.Diagnostics;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Tests.Sources;

public sealed class SourceCatalogueParserTests
{
    private const string Valid = """
        sources:
          - id: demo-source
            title: Demo
            publisher: Somebody
            url: https://example.org/demo.csv
            licence: CC BY 4.0
            file: demo/demo.csv
            format: owid-long
            vintage: 2022
            options: { code-column: iso3, year: 2019 }
            series:
              - indicator: demo_rate
                column: "Rate, per 100k"
                unit: per 100k
                kind: rate
                range: [0, null]
                filter: { sex: both }
                years: 1990-2020
              - indicator: demo_score
                column: score
                unit: 0-100
                kind: score
                scale: 100
          - id: demo-reference
            title: Codes
            publisher: Somebody
            url: https://example.org/codes.csv
            licence: CC0
            file: reference/codes.csv
            format: reference
            vintage: current
        """;

    private static (SourceCatalogue? Catalogue, List<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var catalogue = SourceCatalogue.Parse(new StringReader(text), "c.yaml", diagnostics);
        return (catalogue, diagnostics);
    }

    private static Diagnostic Single(string text, string code)
    {
        var (catalogue, diagnostics) = Parse(text);
        catalogue.ShouldBeNull();
        var found = diagnostics.Where(d => d.Code == code).ToList();
        found.Count.ShouldBe(1, string.Join("\n", diagnostics));
        return found[0];
    }

    private static string Replace(string from, string to)
    {
        Valid.ShouldContain(from);
        return Valid.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Valid_GivesEveryField()
    {
        var (catalogue, diagnostics) = Parse(Valid);
        diagnostics.ShouldBeEmpty();
        catalogue.ShouldNotBeNull();
        var demo = catalogue.Find("demo-source")!;
        (demo.Title, demo.Publisher, demo.Url, demo.Licence, demo.File, demo.Format, demo.Vintage, demo.Notes)
            .ShouldBe(("Demo", "Somebody", "https://example.org/demo.csv", "CC BY 4.0", "demo/demo.csv", "owid-long",
                "2022", ""));
        demo.Options.ShouldBe(new Dictionary<string, string> { ["code-column"] = "iso3", ["year"] = "2019" });
        var rate = demo.Series[0];
        (rate.Indicator, rate.Column, rate.Unit, rate.Kind, rate.Min, rate.Max, rate.Scale, rate.Years)
            .ShouldBe(("demo_rate", "Rate, per 100k", "per 100k", ValueKind.Rate, 0d, (double?)null, 1d, "1990-2020"));
        rate.Filter.ShouldBe(new Dictionary<string, string> { ["sex"] = "both" });
        var score = demo.Series[1];
        (score.Kind, score.Scale, score.Min, score.Max).ShouldBe((ValueKind.Score, 100d, (double?)null,
            (double?)null));
        score.Filter.ShouldBeEmpty();
        catalogue.Find("demo-reference")!.Series.ShouldBeEmpty();
        catalogue.FindIndicator("demo_score")!.Value.Source.Id.ShouldBe("demo-source");
    }

    [Fact]
    public void Parse_UnknownKey_SuggestsTheClosest()
    {
        var d = Single(Replace("    licence: CC BY 4.0", "    license: CC BY 4.0"), "catalogue.unknown-key");
        d.Location.ShouldBe(new SourceLocation("c.yaml", 6, 5, "sources[0].license"));
        d.Message.ShouldContain("did you mean 'licence'?");
    }

    [Fact]
    public void Parse_UnknownSeriesKey_IsReportedWhereItIs()
    {
        var d = Single(Replace("        years: 1990-2020", "        yeras: 1990-2020"), "catalogue.unknown-key");
        d.Location.ShouldBe(new SourceLocation("c.yaml", 18, 9, "sources[0].series[0].yeras"));
        d.Message.ShouldContain("did you mean 'years'?");
    }

    [Fact]
    public void Parse_MissingRequiredKey_IsAnErrorAtTheEntry()
    {
        var d = Single(Replace("    publisher: Somebody\n    url: https://example.org/demo.csv\n",
            "    url: https://example.org/demo.csv\n"), "catalogue.missing-key");
        d.Location.ShouldBe(new SourceLocation("c.yaml", 2, 5, "sources[0].publisher"));
    }

    [Fact]
    public void Parse_MissingSeriesKey_IsAnErrorAtTheSeries()
    {
        var d = Single(Replace("        unit: per 100k\n", ""), "catalogue.missing-key");
        d.Location.ShouldBe(new SourceLocation("c.yaml", 12, 9, "sources[0].series[0].unit"));
    }

    [Fact]
    public void Parse_UnknownFormat_SuggestsTheClosest()
    {
        var d = Single(Replace("format: owid-long", "format: owid_long"), "catalogue.unknown-format");
        (d.Location, d.Found).ShouldBe((new SourceLocation("c.yaml", 8, 13, "sources[0].format"), "owid_long"));
        d.Message.ShouldContain("did you mean 'owid-long'?");
    }

    [Fact]
    public void Parse_UnknownKind_SuggestsTheClosest()
    {
        var d = Single(Replace("kind: rate", "kind: rates"), "catalogue.unknown-kind");
        (d.Location, d.Found).ShouldBe((new SourceLocation("c.yaml", 15, 15, "sources[0].series[0].kind"), "rates"));
        d.Message.ShouldContain("did you mean 'rate'?");
        d.Expected.ShouldBe("one of count, rate, percent, score, estimate, money");
    }

    [Fact]
    public void Parse_DuplicateId_PointsAtTheSecondAndNamesTheFirst()
    {
        var d = Single(Replace("id: demo-reference", "id: demo-source"), "catalogue.duplicate-id");
        (d.Location, d.Found).ShouldBe((new SourceLocation("c.yaml", 24, 9, "sources[1].id"), "demo-source"));
        d.Expected!.ShouldContain("first at line 2");
    }

    [Fact]
    public void Parse_DuplicateIndicator_PointsAtTheSecond()
    {
        var d = Single(Replace("indicator: demo_score", "indicator: demo_rate"), "catalogue.duplicate-indicator");
        (d.Location, d.Found).ShouldBe((new SourceLocation("c.yaml", 19, 20, "sources[0].series[1].indicator"),
            "demo_rate"));
    }

    [Fact]
    public void Parse_RangeMinAboveMax_IsAnError()
    {
        var d = Single(Replace("range: [0, null]", "range: [5, 1]"), "catalogue.bad-range");
        (d.Location, d.Found).ShouldBe((new SourceLocation("c.yaml", 16, 16, "sources[0].series[0].range"), "[5, 1]"));
    }

    [Fact]
    public void Parse_RangeOfThreeValues_IsAnError()
    {
        var d = Single(Replace("range: [0, null]", "range: [0, 1, 2]"), "catalogue.wrong-type");
        d.Location.ShouldBe(new SourceLocation("c.yaml", 16, 16, "sources[0].series[0].range"));
    }

    [Fact]
    public void Parse_ScaleZero_IsAnError()
    {
        var d = Single(Replace("scale: 100", "scale: 0"), "catalogue.bad-scale");
        d.Location.ShouldBe(new SourceLocation("c.yaml", 23, 16, "sources[0].series[1].scale"));
    }

    [Fact]
    public void Parse_ScaleNotANumber_IsAnError()
    {
        var d = Single(Replace("scale: 100", "scale: hundred"), "catalogue.bad-number");
        d.Location.ShouldBe(new SourceLocation("c.yaml", 23, 16, "sources[0].series[1].scale"));
    }

    [Theory]
    [InlineData("Demo-Source")]
    [InlineData("demo--source")]
    [InlineData("demo_source")]
    public void Parse_BadId_IsAnError(string id)
    {
        var d = Single(Replace("id: demo-source", "id: " + id), "catalogue.bad-id");
        d.Location.ShouldBe(new SourceLocation("c.yaml", 2, 9, "sources[0].id"));
    }

    [Theory]
    [InlineData("DemoRate")]
    [InlineData("demo-rate")]
    [InlineData("1demo")]
    public void Parse_BadIndicator_IsAnError(string indicator) =>
        Single(Replace("indicator: demo_rate", "indicator: " + indicator), "catalogue.bad-indicator")
            .Location.ShouldBe(new SourceLocation("c.yaml", 12, 20, "sources[0].series[0].indicator"));

    [Theory]
    [InlineData("/abs/demo.csv")]
    [InlineData("../demo.csv")]
    [InlineData("demo\\\\demo.csv")]
    public void Parse_FileOutsideTheDataFolder_IsAnError(string file) =>
        Single(Replace("file: demo/demo.csv", $"file: \"{file}\""), "catalogue.bad-file")
            .Location.ShouldBe(new SourceLocation("c.yaml", 7, 11, "sources[0].file"));

    [Fact]
    public void Parse_DataFormatWithoutSeries_IsAnError()
    {
        var text = Valid[..Valid.IndexOf("    series:", StringComparison.Ordinal)] + "    series: []\n";
        Single(text, "catalogue.no-series").Location.ShouldBe(new SourceLocation("c.yaml", 11, 13, "sources[0].series"));
    }

    [Fact]
    public void Parse_ReferenceFormatWithSeries_IsAnError()
    {
        var text = Valid + "\n    series:\n      - { indicator: x, column: y, unit: z, kind: count }\n";
        Single(text, "catalogue.unexpected-series").Location
            .ShouldBe(new SourceLocation("c.yaml", 33, 7, "sources[1].series"));
    }

    [Fact]
    public void Parse_OptionWithoutValue_IsAWrongType() =>
        Single(Replace("{ code-column: iso3, year: 2019 }", "{ code-column: iso3, year: }"), "catalogue.wrong-type")
            .Location.ShouldBe(new SourceLocation("c.yaml", 10, 41, "sources[0].options.year"));

    [Fact]
    public void Parse_InvalidYaml_IsAnErrorWithPosition()
    {
        var d = Single(Replace("range: [0, null]", "range: [0, null"), "catalogue.yaml");
        d.Location!.Line.ShouldBe(16);
    }

    [Fact]
    public void Parse_Empty_IsAnError() =>
        Single("", "catalogue.empty").Location.ShouldBe(new SourceLocation("c.yaml", 1, 1));

    [Fact]
    public void Parse_NoSourcesList_IsAnError() =>
        Single("sauces: []\n", "catalogue.unknown-key").Message.ShouldContain("did you mean 'sources'?");

    [Fact]
    public void Parse_ManyProblems_AreAllReportedInFileOrder()
    {
        var text = Replace("kind: rate", "kind: rates").Replace("scale: 100", "scale: 0", StringComparison.Ordinal)
            .Replace("format: reference", "format: referense", StringComparison.Ordinal);
        var (catalogue, diagnostics) = Parse(text);
        catalogue.ShouldBeNull();
        diagnostics.Select(d => d.Code).ShouldBe(["catalogue.unknown-kind", "catalogue.bad-scale",
            "catalogue.unknown-format"]);
    }

    [Fact]
    public void Read_MissingFile_IsADiagnostic()
    {
        var diagnostics = new List<Diagnostic>();
        SourceCatalogue.Read("/nonexistent/gpsi/sources.yaml", diagnostics).ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Code.ShouldBe("catalogue.unreadable");
    }
}
