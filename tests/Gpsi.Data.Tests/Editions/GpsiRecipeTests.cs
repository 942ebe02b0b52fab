using Gpsi.Core.Recipes;
using Gpsi.Data.Recipes;

namespace Gpsi.Data.Tests.Editions;

public sealed class GpsiRecipeTests
{
    private static RecipeReadResult Read() => RecipeReader.ReadFile(GpsiRun.RecipePath);

    [Fact]
    public void GpsiRecipe_Reads_WithoutDiagnostics()
    {
        var read = Read();
        read.Diagnostics.ShouldBeEmpty(string.Join('\n', read.Diagnostics));
        read.Recipe!.Nodes.Count(n => n.Kind == Core.Structure.NodeKind.Indicator).ShouldBe(10);
    }

    [Fact]
    public void GpsiRecipe_EveryChoice_CarriesAReason()
    {
        var recipe = Read().Recipe!;
        var expected = new List<string> { "data", "bands" };
        expected.AddRange(recipe.Nodes.Select(n => (n.Kind == Core.Structure.NodeKind.Indicator ? "indicators." : "aggregates.") + n.Code));
        expected.AddRange(recipe.Steps.Select((_, i) => $"steps[{i}]"));
        expected.AddRange(recipe.Variables.Select(v => "variables." + v.Code));
        expected.AddRange(recipe.Derived.Select(d => "derived." + d.Code));
        foreach (var key in expected)
        {
            recipe.Reasons.ShouldContainKey(key);
            recipe.Reasons[key].Length.ShouldBeGreaterThan(20, key);
        }
    }

    [Fact]
    public void CanonicalForm_ReadBack_HasTheSameHash()
    {
        // The store saves the canonical JSON; gpsi diff reads it back as a recipe.
        var recipe = Read().Recipe!;
        var json = RecipeCanonicalForm.ToJson(recipe);
        var back = RecipeReader.Read(json, "canonical.json");
        back.Diagnostics.ShouldBeEmpty(string.Join('\n', back.Diagnostics));
        RecipeHash.Compute(back.Recipe!).ShouldBe(RecipeHash.Compute(recipe));
    }

    [Fact]
    public void Writer_ReadBack_HasTheSameHash()
    {
        var recipe = Read().Recipe!;
        var back = RecipeReader.Read(RecipeWriter.ToYaml(recipe), "written.yaml");
        back.Diagnostics.ShouldBeEmpty(string.Join('\n', back.Diagnostics));
        RecipeHash.Compute(back.Recipe!).ShouldBe(RecipeHash.Compute(recipe));
    }

    [Fact]
    public void Hash_ChangesWithAReason_ButNotWithFormatting()
    {
        var text = File.ReadAllText(GpsiRun.RecipePath);
        var hash = RecipeHash.Compute(Read().Recipe!);
        var reformatted = RecipeReader.Read(text.Replace("# The Global", "#   The Global", StringComparison.Ordinal), "a.yaml");
        RecipeHash.Compute(reformatted.Recipe!).ShouldBe(hash);
        var reworded = RecipeReader.Read(text.Replace("No dimension or indicator", "No indicator", StringComparison.Ordinal), "b.yaml");
        RecipeHash.Compute(reworded.Recipe!).ShouldNotBe(hash);
    }
}
