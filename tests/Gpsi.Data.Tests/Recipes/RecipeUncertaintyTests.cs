using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;
using Gpsi.Data.Recipes;

namespace Gpsi.Data.Tests.Recipes;

/// <summary>Issue 5, item 4: a recipe states its default uncertainty analysis; it is read, written and hashed.</summary>
public sealed class RecipeUncertaintyTests
{
    private const string Section = """

        uncertainty:
          replications: 500
          seed: 7
          factors:
            - { name: weights, weight-noise: { levels: [1, 2], epsilon: 0.25 } }
            - { name: aggregation, aggregate: [amean, "gmean:1"] }
            - { name: imputation, impute: [[latest:5, backcast:10], none] }
            - { name: drop, exclude: [LPI] }
          reason: Weights, the mean and staleness are disputed.
        """;

    private static Recipe ReadOk(string text, string file = "r.yaml")
    {
        var result = RecipeReader.Read(text, file);
        result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        return result.Recipe.ShouldNotBeNull();
    }

    [Fact]
    public void Read_UncertaintySection_GivesTheFactorsReplicationsSeedAndReason()
    {
        var recipe = ReadOk(SampleRecipes.Asem + Section);
        var ua = recipe.Uncertainty.ShouldNotBeNull();
        ua.Replications.ShouldBe(500);
        ua.Seed.ShouldBe(7);
        ua.Factors.Select(f => f.Name).ShouldBe(["weights", "aggregation", "imputation", "drop"]);
        ua.Factors[0].ShouldBeOfType<Factor.WeightNoise>().TreeLevels.ShouldBe([1, 2]);
        ua.Factors[1].ShouldBeOfType<Factor.AggregationChoice>().Options
            .ShouldBe([new AggregationMethod.ArithmeticMean(), new AggregationMethod.GeometricMean(1)]);
        var imputation = ua.Factors[2].ShouldBeOfType<Factor.ImputationChoice>();
        imputation.Options[0].ShouldBe([new ImputationMethod.LatestAvailable(5), new ImputationMethod.Backcast(10)]);
        imputation.Options[1].ShouldBeEmpty();
        ua.Factors[3].ShouldBeOfType<Factor.IndicatorExclusion>().Candidates.ShouldBe(["LPI"]);
        recipe.Reasons["uncertainty"].ShouldBe("Weights, the mean and staleness are disputed.");
    }

    [Fact]
    public void WriteAndReadBack_KeepsTheCanonicalForm_AndTheSectionChangesTheHash()
    {
        var plain = ReadOk(SampleRecipes.Asem);
        var recipe = ReadOk(SampleRecipes.Asem + Section);
        var canonical = RecipeCanonicalForm.ToJson(recipe);
        canonical.ShouldContain("\"uncertainty\":{\"factors\":[");
        RecipeCanonicalForm.ToJson(ReadOk(RecipeWriter.ToYaml(recipe))).ShouldBe(canonical);
        RecipeCanonicalForm.ToJson(ReadOk(RecipeWriter.ToJson(recipe), "r.json")).ShouldBe(canonical);
        RecipeHash.Compute(recipe).ShouldNotBe(RecipeHash.Compute(plain));
        RecipeHash.Compute(recipe with { Uncertainty = recipe.Uncertainty! with { Seed = 8 } })
            .ShouldNotBe(RecipeHash.Compute(recipe));
        RecipeCanonicalForm.ToJson(plain).ShouldNotContain("uncertainty");
    }

    [Fact]
    public void Read_ZeroReplications_IsAnErrorAtTheValue()
    {
        var text = SampleRecipes.Asem + Section.Replace("replications: 500", "replications: 0", StringComparison.Ordinal);
        var result = RecipeReader.Read(text, "r.yaml");
        result.Recipe.ShouldBeNull();
        var error = result.Diagnostics.Single(d => d.Severity == Severity.Error);
        error.Message.ShouldContain("at least 1");
        error.Location!.Field.ShouldBe("uncertainty.replications");
        error.Location.Line.ShouldBe(SampleRecipes.Asem.Split('\n').Length + 2);
    }

    [Fact]
    public void Read_UnknownExcludedIndicator_IsARecipeErrorAtTheValue()
    {
        var text = SampleRecipes.Asem + Section.Replace("exclude: [LPI]", "exclude: [LPX]", StringComparison.Ordinal);
        var result = RecipeReader.Read(text, "r.yaml");
        result.Recipe.ShouldBeNull();
        var error = result.Diagnostics.Single(d => d.Severity == Severity.Error);
        error.Code.ShouldStartWith("recipe.");
        error.Message.ShouldContain("LPX");
        error.Location!.Line.ShouldBe(SampleRecipes.Asem.Split('\n').Length + 8);
    }
}
