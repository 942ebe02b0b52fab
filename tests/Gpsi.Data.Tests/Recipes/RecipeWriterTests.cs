using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Recipes;
using Gpsi.Core.Tests.Recipes;
using Gpsi.Data.Recipes;

namespace Gpsi.Data.Tests.Recipes;

public sealed class RecipeWriterTests
{
    private static Recipe ReadOk(string text, string file = "r.yaml")
    {
        var result = RecipeReader.Read(text, file);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics) + "\n---\n" + text);
        return result.Recipe;
    }

    [Fact]
    public void ToYaml_Asem_IsReadableAndStable()
    {
        var recipe = ReadOk(SampleRecipes.Asem);
        RecipeWriter.ToYaml(recipe).ShouldBe($$"""
            # GPSI recipe {{RecipeHash.Compute(recipe)}}
            name: asem
            title: Sustainable Connectivity
            data:
              file: data.csv
              default-year: 2018
            variables:
              - { code: GDP_group, role: group, name: GDP group }
              - { code: Population, role: denominator, name: Population, unit: Thousands }
            indicators:
              - code: LPI
                name: Logistics Performance Index
                parent: Physical
                unit: Score 1-5
                target: 4.1
                goalposts: [1, 5]
                type: outcome
              - code: Flights
                parent: Physical
                direction: -1
                denominator: { code: Population, scale: 100000 }
              - code: Gas
                parent: Political
                weight: 0.5
                denominator: Population
            aggregates:
              - { code: Physical, name: Physical, parent: Conn }
              - { code: Political, parent: Conn }
              - { code: Conn, parent: Index }
              - { code: Index, name: Sustainable Connectivity }
            steps:
              - denominate: {}
              - screen: { min-availability: 0.66, min-per-aggregate: 1 }
              - impute: mean-by:GDP_group
              - treat:
                  method: default
                  per-indicator:
                    Gas: none
              - normalise:
                  method: minmax
                  reference: pooled
                  per-indicator:
                    LPI: rank
              - weight:
                  set: alt
                  weights:
                    LPI: 2
              - aggregate:
                  method: amean
                  by-level:
                    3: gmean
                  min-availability: 0.5
            bands:
              thresholds: [80, 60, 40, 20]
              labels: [A, B, C, D, E]
            years: [2018]

            """);
    }

    [Fact]
    public void ToYaml_ReadBack_GivesTheSameCanonicalForm()
    {
        var recipe = ReadOk(SampleRecipes.Asem);
        RecipeCanonicalForm.ToJson(ReadOk(RecipeWriter.ToYaml(recipe))).ShouldBe(RecipeCanonicalForm.ToJson(recipe));
        RecipeCanonicalForm.ToJson(ReadOk(RecipeWriter.ToJson(recipe), "r.json"))
            .ShouldBe(RecipeCanonicalForm.ToJson(recipe));
    }

    [Fact]
    public void ToYaml_RandomRecipes_ReadBackEqual()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var recipe = RandomRecipes.Create(seed);
            var canonical = RecipeCanonicalForm.ToJson(recipe);
            RecipeCanonicalForm.ToJson(ReadOk(RecipeWriter.ToYaml(recipe))).ShouldBe(canonical);
            RecipeCanonicalForm.ToJson(ReadOk(RecipeWriter.ToJson(recipe), "r.json")).ShouldBe(canonical);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Hash_IgnoresFormatting()
    {
        var cases = Gen.Choose(0, int.MaxValue).SelectMany(seed => Gen.Choose(0, int.MaxValue).Select(style => (seed, style)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var recipe = RandomRecipes.Create(c.seed);
            var text = new RecipeScrambler(c.style).Scramble(recipe);
            RecipeHash.Compute(ReadOk(text)).ShouldBe(RecipeHash.Compute(recipe), text);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Hash_ChangedWeightInTheFile_Changes()
    {
        var original = ReadOk(SampleRecipes.Asem);
        var changed = ReadOk(SampleRecipes.Asem.Replace("weight: 0.5", "weight: 0.25", StringComparison.Ordinal));
        RecipeHash.Compute(changed).ShouldNotBe(RecipeHash.Compute(original));
        var setChanged = ReadOk(SampleRecipes.Asem.Replace("{ LPI: 2 }", "{ LPI: 2.5 }", StringComparison.Ordinal));
        RecipeHash.Compute(setChanged).ShouldNotBe(RecipeHash.Compute(original));
    }

    [Fact]
    public void Hash_CommentsAndSpacing_DoNotChangeIt()
    {
        var original = ReadOk(SampleRecipes.Asem);
        var edited = SampleRecipes.Asem
            .Replace("name: asem", "name:   asem    # the short name", StringComparison.Ordinal)
            .Replace("weight: 0.5", "weight: 5e-1", StringComparison.Ordinal)
            .Replace("- { code: Conn, parent: Index }", "- {parent: Index,code: Conn,weight: 1.0}", StringComparison.Ordinal);
        RecipeHash.Compute(ReadOk(edited)).ShouldBe(RecipeHash.Compute(original));
    }
}
