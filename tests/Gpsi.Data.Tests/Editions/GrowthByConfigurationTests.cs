using Gpsi.Core.Diagnostics;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;

namespace Gpsi.Data.Tests.Editions;

/// <summary>
/// Issue 4, item 3: a fifth dimension (food security, from the Global Hunger Index) is added by editing a copy of the
/// recipe and of the source catalogue only — no code — and gives a valid set of editions.
/// </summary>
public sealed class GrowthByConfigurationTests
{
    private const string CatalogueAddition = """

          - id: ghi-food-security
            title: Global Hunger Index, as the food-security dimension
            publisher: "Concern Worldwide & Welthungerhilfe (via OWID, retrieved 2022-02-24)"
            url: "https://github.com/owid/owid-datasets/blob/48c9992ae3/datasets/Global%20Hunger%20Index%20(2021)/Global%20Hunger%20Index%20(2021).csv"
            licence: Global Hunger Index terms; OWID processing CC BY 4.0
            file: food_security/global_hunger_index_2021_owid.csv
            format: owid-long
            vintage: GHI 2021 (retrieved 2022-02-24)
            notes: "0-100, higher is worse."
            options: { code-column: iso3, name-column: Entity, year-column: Year }
            series:
              - indicator: ghi_score
                column: Global Hunger Index (2021)
                unit: "0-100"
                kind: score
                range: [0, 100]
                years: "2000-2021"
        """;

    private const string Indicator = """
          - code: hunger
            name: Global Hunger Index
            parent: food
            series: ghi_score
            direction: -1
            unit: 0-100
            goalposts: [0, 100]
            type: outcome
            source: Concern Worldwide & Welthungerhilfe
            reason: Hunger and undernutrition undermine food security.
        """;

    private const string Dimension =
        "  - { code: food, name: Food security, parent: index, reason: A fifth dimension added by configuration. }\n";

    [Fact]
    public void FifthDimension_FromRecipeAndCatalogueEdits_GivesValidEditions()
    {
        using var temp = new TempFolder();
        var repo = Path.GetDirectoryName(Path.GetDirectoryName(GpsiRun.RecipePath))!;
        var catalogue = File.ReadAllText(Path.Combine(repo, "catalogue", "sources.yaml")).TrimEnd() + "\n"
            + CatalogueAddition + "\n";
        File.WriteAllText(temp["sources-with-food.yaml"], catalogue);
        var recipe = File.ReadAllText(GpsiRun.RecipePath)
            .Replace("catalogue: default", "catalogue: sources-with-food.yaml", StringComparison.Ordinal)
            .Replace("name: gpsi-v1", "name: gpsi-v1-food", StringComparison.Ordinal)
            .Replace("\naggregates:\n", "\n" + Indicator + "\n\naggregates:\n", StringComparison.Ordinal)
            .Replace("  - { code: index,", Dimension + "  - { code: index,", StringComparison.Ordinal)
            .Replace("min-availability: 0.6, min-aggregates: 3", "min-availability: 0.54, min-aggregates: 3", StringComparison.Ordinal);
        File.WriteAllText(temp["gpsi-food.yaml"], recipe);

        var read = RecipeReader.ReadFile(temp["gpsi-food.yaml"]);
        read.Diagnostics.ShouldBeEmpty(string.Join('\n', read.Diagnostics));
        var diagnostics = new List<Diagnostic>();
        var inputs = IndexInputs.Read(read.Recipe!, temp.Path, SharedData.Root, diagnostics);
        inputs.ShouldNotBeNull(string.Join('\n', diagnostics));
        var run = IndexRunner.Run(read.Recipe!, inputs.Load.Observations, inputs.Load.SnapshotId, inputs.Registry,
            inputs.Catalogue, diagnostics);
        run.ShouldNotBeNull(string.Join('\n', diagnostics));
        diagnostics.HasErrors().ShouldBeFalse();

        run.Nodes.Where(n => n.Level == 2).Select(n => n.Code).ShouldBe(["order", "terror", "cyber", "road", "food"]);
        run.Sources.Select(s => s.Id).ShouldContain("ghi-food-security");
        var ranked2020 = run.Coverage.Single(c => c.Year == 2020).Ranked;
        ranked2020.ShouldBeGreaterThanOrEqualTo(190);

        // A country the GHI scores gets a food score from its hunger value; one it does not (Norway) has none there
        // and its index averages the other four dimensions.
        var yemen = run.Values.Single(v => v.Year == 2012 && v.Iso3 == "YEM" && v.Indicator == "hunger");
        yemen.Status.ShouldBe(ValueStatus.Observed);
        yemen.Provenance.Single().SourceId.ShouldBe("ghi-food-security");
        run.Scores.Single(s => s.Year == 2012 && s.Iso3 == "YEM" && s.Node == "food").Score.ShouldNotBeNull();
        run.Scores.Single(s => s.Year == 2020 && s.Iso3 == "NOR" && s.Node == "food").Score.ShouldBeNull();
        run.RecipeHash.ShouldNotBe(GpsiRun.Run.RecipeHash);
    }
}
