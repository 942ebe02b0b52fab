using System.Collections.Immutable;
using Gpsi.Core.Derivation;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Observations;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using Gpsi.Data;
using Gpsi.Data.Editions;

namespace Gpsi.Reports.Tests;

/// <summary>A small hand-made IndexRun: two dimensions, three indicators, four countries, 2019–2020; Somalia unranked.</summary>
internal static class SampleRun
{
    public const string Hash = "sha256:0123456789abcdef";

    public static string GeoPath { get; } = Path.Combine(
        DataDirectory.Resolve() ?? throw new InvalidOperationException("../shared/data was not found"), "geo", "countries-110m.json");

    public static Recipe Recipe { get; } = new()
    {
        Name = "gpsi-test",
        Title = "GPSI test",
        Version = "0.1",
        Data = new DataSource { Catalogue = "default", Units = "un-members-and-observers", FromYear = 2005 },
        Years = [2019, 2020],
        Nodes =
        [
            new Node { Code = "index", Kind = NodeKind.Aggregate, Name = "Global Public Security Index" },
            new Node { Code = "order", Kind = NodeKind.Aggregate, Name = "Public order and safety", Parent = "index" },
            new Node { Code = "cyber", Kind = NodeKind.Aggregate, Name = "Cybersecurity", Parent = "index" },
            new Node { Code = "homicide", Kind = NodeKind.Indicator, Name = "Intentional homicide rate", Parent = "order", Direction = Direction.Negative, Unit = "per 100k", Type = "O", Series = "homicide_rate" },
            new Node { Code = "terrorism_impact", Kind = NodeKind.Indicator, Name = "Terrorism impact score", Parent = "order", Direction = Direction.Negative, Unit = "score", Type = "O", Series = "terrorism_impact" },
            new Node { Code = "gci", Kind = NodeKind.Indicator, Name = "Global Cybersecurity Index", Parent = "cyber", Unit = "0–100", Type = "G", Series = "gci" },
        ],
        Derived =
        [
            new DerivedSeries("terrorism_raw", new DerivationRule.WeightedSum(
                [new WeightedTerm("incidents", "gtd_incidents", 1), new WeightedTerm("deaths", "gtd_deaths", 3), new WeightedTerm("injuries", "gtd_injuries", 0.5, AbsentIsZero: true)],
                "gtd_incidents"), "Terrorism raw score", "score"),
            new DerivedSeries("terrorism_impact", new DerivationRule.LogScale("terrorism_raw"), "Terrorism impact score", "0–10"),
        ],
        Steps =
        [
            new Step.Impute(new ImputationMethod.LatestAvailable(5)),
            new Step.Screen(0.6, 1),
            new Step.Normalise(new NormalisationMethod.MinMax(0, 100), NormalisationReference.Pooled),
        ],
        Reasons = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            ["data"] = "Public releases only.",
            ["steps[0]"] = "Use the latest value up to five years old.",
            ["steps[2]"] = "Pooled so that scores compare across years.",
            ["derived.terrorism_raw"] = "After the Global Terrorism Index.",
            ["indicators.homicide"] = "The most comparable violence outcome.",
        }),
    };

    public static IndexRun Run { get; } = Build();

    private static IndexRun Build()
    {
        RunCountry C(string iso3, string iso2, string numeric, string name, string income, string region) =>
            new(iso3, iso2, numeric, name, income, region, null, null, null);
        var countries = ImmutableArray.Create(
            C("AFG", "AF", "004", "Afghanistan", "Low income", "South Asia"),
            C("CHN", "CN", "156", "China", "Upper middle income", "East Asia & Pacific"),
            C("FIN", "FI", "246", "Finland", "High income", "Europe & Central Asia"),
            C("NOR", "NO", "578", "Norway", "High income", "Europe & Central Asia"),
            C("SOM", "SO", "706", "Somalia", "Low income", "Sub-Saharan Africa"));
        var nodes = ImmutableArray.Create(
            new RunNode("index", "Global Public Security Index", NodeKind.Aggregate, 3, null, 1, Direction.Positive, null, null, null, null),
            new RunNode("order", "Public order and safety", NodeKind.Aggregate, 2, "index", 1, Direction.Positive, null, null, null, null),
            new RunNode("cyber", "Cybersecurity", NodeKind.Aggregate, 2, "index", 1, Direction.Positive, null, null, null, null),
            new RunNode("homicide", "Intentional homicide rate", NodeKind.Indicator, 1, "order", 1, Direction.Negative, "per 100k", "O", "homicide_rate", null),
            new RunNode("terrorism_impact", "Terrorism impact score", NodeKind.Indicator, 1, "order", 1, Direction.Negative, "score", "O", "terrorism_impact", null),
            new RunNode("gci", "Global Cybersecurity Index", NodeKind.Indicator, 1, "cyber", 1, Direction.Positive, "0–100", "G", "gci", null));
        var scores = ImmutableArray.CreateBuilder<ScoreRow>();
        void Row(int year, string iso3, string node, double score, int rank, string? band, string income, int incomeRank, int incomeSize, double incomeMean, string region, int regionRank, int regionSize) =>
            scores.Add(new ScoreRow(year, iso3, node, score, rank, band, income, incomeRank, incomeSize, incomeMean, region, regionRank, regionSize));
        foreach (var year in new[] { 2019, 2020 })
        {
            var d = year == 2020 ? 0 : 1.5;
            // 2019: FIN first, NOR second; 2020: NOR first (rank change +1).
            Row(year, "NOR", "index", 87.4 - (d * 2), year == 2020 ? 1 : 2, "Very high", "High income", year == 2020 ? 1 : 2, 2, 86.15, "Europe & Central Asia", year == 2020 ? 1 : 2, 2);
            Row(year, "NOR", "order", 91.2, 1, null, "High income", 1, 2, 90.0, "Europe & Central Asia", 1, 2);
            Row(year, "NOR", "cyber", 83.6, 2, null, "High income", 2, 2, 85.0, "Europe & Central Asia", 2, 2);
            Row(year, "FIN", "index", 84.9, year == 2020 ? 2 : 1, "High", "High income", year == 2020 ? 2 : 1, 2, 86.15, "Europe & Central Asia", year == 2020 ? 2 : 1, 2);
            Row(year, "FIN", "order", 88.8, 2, null, "High income", 2, 2, 90.0, "Europe & Central Asia", 2, 2);
            Row(year, "FIN", "cyber", 86.4, 1, null, "High income", 1, 2, 85.0, "Europe & Central Asia", 1, 2);
            Row(year, "CHN", "index", 71.3, 3, "Medium", "Upper middle income", 1, 1, 71.3, "East Asia & Pacific", 1, 1);
            Row(year, "CHN", "order", 80.1, 3, null, "Upper middle income", 1, 1, 80.1, "East Asia & Pacific", 1, 1);
            Row(year, "CHN", "cyber", 62.5, 3, null, "Upper middle income", 1, 1, 62.5, "East Asia & Pacific", 1, 1);
            Row(year, "AFG", "index", 12.8, 4, "Very low", "Low income", 1, 1, 12.8, "South Asia", 1, 1);
            Row(year, "AFG", "order", 5.6, 4, null, "Low income", 1, 1, 5.6, "South Asia", 1, 1);
            Row(year, "AFG", "cyber", 20.0, 4, null, "Low income", 1, 1, 20.0, "South Asia", 1, 1);
        }

        var p = new Provenance("unodc-homicide-owid", "homicide/unodc_homicide_rate_owid.csv", 4242, "2023-05", "per 100k", []);
        var g = new Provenance("itu-gci-2020", "cyber/cyber_security_indexes_gci2020_ncsi_cei_ddl.csv", 17, "GCI 2020", "0–100", []);
        var values = ImmutableArray.Create(
            new IndicatorValue(2020, "NOR", "homicide", 0.4721, 96.1, 2018, ValueStatus.CarriedForward, "latest:5", [p]),
            new IndicatorValue(2020, "NOR", "terrorism_impact", 0.0, 100, 2020, ValueStatus.Observed, null, []),
            new IndicatorValue(2020, "NOR", "gci", 96.89, 83.6, 2020, ValueStatus.Observed, null, [g]),
            new IndicatorValue(2020, "SOM", "homicide", null, null, null, ValueStatus.Missing, null, []));
        return new IndexRun(
            Recipe, Hash, "sha256:feedface", [2019, 2020], countries, nodes, scores.ToImmutable(), values,
            [new CoverageRow(2019, 5, 4, 0.5, 0.4, 4e9, 8e9), new CoverageRow(2020, 5, 4, 0.5123, 0.4, 4.1e9, 8e9)],
            [],
            [new ExclusionRow(2019, "SOM", "1 of 3 indicators available; the rule needs 60%"), new ExclusionRow(2020, "SOM", "1 of 3 indicators available; the rule needs 60%")],
            [
                new DerivationNote("terrorism_raw", 2019, "incidents", true, 98),
                new DerivationNote("terrorism_raw", 2019, "injuries", false, 0, "no injuries data this year: term left out"),
                new DerivationNote("terrorism_raw", 2020, "incidents", true, 101),
                new DerivationNote("terrorism_raw", 2020, "injuries", true, 77),
            ],
            [new SourceSummary("unodc-homicide-owid", "Intentional homicide rate", "UNODC via Our World in Data", "https://ourworldindata.org/grapher/intentional-homicides", "CC BY 4.0", "2023-05", "homicide/unodc_homicide_rate_owid.csv", ["homicide_rate"])],
            []);
    }
}
