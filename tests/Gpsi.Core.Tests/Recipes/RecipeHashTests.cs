using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Tests.Recipes;

public sealed class RecipeHashTests
{
    [Fact]
    public void Compute_SmallRecipe_IsSha256OfTheCanonicalJson()
    {
        var recipe = RecipeCanonicalFormTests.Small();
        var expected = Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes(RecipeCanonicalForm.ToJson(recipe))));
        var hash = RecipeHash.Compute(recipe);
        hash.ShouldBe("sha256:" + expected);
        hash.Length.ShouldBe(71);
    }

    [Fact]
    public void Compute_SmallRecipe_IsStable()
    {
        // A golden value: if this changes, every published recipe hash changes. Change it only on purpose.
        RecipeHash.Compute(RecipeCanonicalFormTests.Small())
            .ShouldBe("sha256:b3880ebcf238254fefeb1b6a6629044d69a5c61ad51b1079e9a702110d984799");
    }

    [Fact]
    public void Compute_ChangedWeight_ChangesHash()
    {
        var small = RecipeCanonicalFormTests.Small();
        var changed = small with { Nodes = [small.Nodes[0] with { Weight = 0.5000000000000001 }, small.Nodes[1], small.Nodes[2]] };
        RecipeHash.Compute(changed).ShouldNotBe(RecipeHash.Compute(small));
    }

    [Fact]
    public void Compute_AnyChangedNodeWeight_ChangesHash()
    {
        var cases = Gen.Choose(0, int.MaxValue).SelectMany(seed => Gen.Choose(0, 1000).Select(pick => (seed, pick)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var recipe = RandomRecipes.Create(c.seed);
            var i = c.pick % recipe.Nodes.Length;
            var node = recipe.Nodes[i];
            var changed = recipe with { Nodes = recipe.Nodes.SetItem(i, node with { Weight = node.Weight + 0.25 }) };
            return RecipeHash.Compute(changed) != RecipeHash.Compute(recipe);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compute_ChangedDirection_ChangesHash()
    {
        var small = RecipeCanonicalFormTests.Small();
        var changed = small with { Nodes = [small.Nodes[0] with { Direction = Direction.Negative }, small.Nodes[1], small.Nodes[2]] };
        RecipeHash.Compute(changed).ShouldNotBe(RecipeHash.Compute(small));
    }

    [Fact]
    public void RandomRecipes_AreValid()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var errors = RecipeValidator.Validate(RandomRecipes.Create(seed))
                .Where(d => d.Severity == Core.Diagnostics.Severity.Error).ToList();
            errors.ShouldBeEmpty(string.Join("; ", errors));
        }).QuickCheckThrowOnFailure();
    }
}
