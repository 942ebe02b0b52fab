using FsCheck;
using FsCheck.Fluent;
using Gpsi.Data.Sources;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Tests.Sources;

public sealed class SourceCatalogueWriterTests
{
    private static readonly SourceEntry Homicide = new(
        "unodc-homicide-owid", "Intentional homicide rate", "UNODC (via Our World in Data grapher export)",
        "https://ourworldindata.org/grapher/homicide-rate-unodc.csv?v=1&csvType=full", "OWID CC BY 4.0; UNODC terms",
        "homicide/unodc_homicide_rate_owid.csv", "owid-long", "2022",
        [new SeriesEntry("homicide_rate", "Homicide rate per 100,000 population", "per 100k", ValueKind.Rate, 0, 200, 1,
            new Dictionary<string, string>(), "1990-2020")],
        "Includes UN-region aggregates: blank Code or UN_*.",
        new Dictionary<string, string> { ["name-column"] = "Entity", ["code-column"] = "Code" });

    [Fact]
    public void ToYaml_OneEntry_WritesTheCatalogueShape()
    {
        var yaml = SourceCatalogueWriter.ToYaml([Homicide]);

        yaml.ShouldBe("""
            sources:
              - id: unodc-homicide-owid
                title: Intentional homicide rate
                publisher: UNODC (via Our World in Data grapher export)
                url: "https://ourworldindata.org/grapher/homicide-rate-unodc.csv?v=1&csvType=full"
                licence: "OWID CC BY 4.0; UNODC terms"
                file: homicide/unodc_homicide_rate_owid.csv
                format: owid-long
                vintage: "2022"
                notes: "Includes UN-region aggregates: blank Code or UN_*."
                options: { code-column: Code, name-column: Entity }
                series:
                  - indicator: homicide_rate
                    column: Homicide rate per 100,000 population
                    unit: per 100k
                    kind: rate
                    range: [0, 200]
                    years: "1990-2020"

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void ToYaml_OpenRangeScaleAndFilter_AreWritten()
    {
        var series = new SeriesEntry("road_death_rate_who", "RS_198", "per 100k", ValueKind.Estimate, null, 3.5, 0.01,
            new Dictionary<string, string> { ["Dim1"] = "SEX_BTSX" }, null);

        var yaml = SourceCatalogueWriter.ToYaml([Homicide with { Series = [series], Options = new Dictionary<string, string>(), Notes = "" }]);

        yaml.ShouldContain("    series:\n      - indicator: road_death_rate_who\n        column: RS_198\n        unit: per 100k\n" +
            "        kind: estimate\n        range: [null, 3.5]\n        scale: 0.01\n        filter: { Dim1: SEX_BTSX }\n");
        yaml.ShouldNotContain("notes:");
        yaml.ShouldNotContain("options:");
        yaml.ShouldNotContain("years:");
    }

    [Fact]
    public void ToYaml_NoEntries_IsAnEmptyList() => SourceCatalogueWriter.ToYaml([]).ShouldBe("sources: []\n");

    [Fact]
    public void ToYaml_AnyText_ReadsBackUnchanged()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), ArbMap.Default.ArbFor<NonNull<string>>(), (title, column) =>
        {
            var entry = Homicide with
            {
                Title = title.Get,
                Notes = column.Get,
                Series = [Homicide.Series[0] with { Column = column.Get }],
                Options = new Dictionary<string, string> { [column.Get.Length == 0 ? "k" : column.Get] = title.Get },
            };
            var source = Parse(SourceCatalogueWriter.ToYaml([entry]));
            Scalar(source, "title").ShouldBe(title.Get);
            Scalar(((YamlMappingNode)((YamlSequenceNode)source["series"]).Children[0]), "column").ShouldBe(column.Get);
            var options = (YamlMappingNode)source["options"];
            ((YamlScalarNode)options.Children.Single().Value).Value.ShouldBe(title.Get);
            if (column.Get.Length > 0)
            {
                Scalar(source, "notes").ShouldBe(column.Get);
            }
        }).QuickCheckThrowOnFailure();
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return (YamlMappingNode)((YamlSequenceNode)root["sources"]).Children.ShouldHaveSingleItem();
    }

    private static string? Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map[key]).Value;
}
