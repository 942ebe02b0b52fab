using Gpsi.Core.Building;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Normalisation;

/// <summary>A pooled reference covers the recipe's reported years only: lookback years never set min or max.</summary>
public sealed class PooledEditionYearsTests
{
    [Fact]
    public void Pooled_WithRecipeYears_IgnoresLookbackYears()
    {
        // 2009 is a lookback year with an extreme value (1000); the editions are 2010 and 2011.
        var panel = Panel(["A", "B"], [2009, 2010, 2011], ("a", [1000, 0, 0, 10, 5, 20]), ("b", [1, 1, 1, 1, 1, 1]));
        var recipe = Recipe(OnePillar("a", "b"),
            new Step.Normalise(new NormalisationMethod.MinMax(0, 100), NormalisationReference.Pooled)) with
        {
            Years = [2010, 2011],
        };

        var build = Builder.Run(recipe, panel);

        var output = build.Output("Normalised");
        // Pool of 2010-2011: 0, 10, 5, 20 → min 0, max 20.
        output.Values("a", 2010).ShouldBe([0, 50]);
        output.Values("a", 2011).ShouldBe([25, 100]);
        double.IsNaN(output.Values("a", 2009)[0]).ShouldBeTrue();
    }
}
