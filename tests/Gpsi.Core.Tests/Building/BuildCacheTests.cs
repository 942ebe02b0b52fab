using Gpsi.Core.Aggregation;
using Gpsi.Core.Building;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;
using static Gpsi.Core.Tests.Uncertainty.CompiledModelFixtures;

namespace Gpsi.Core.Tests.Building;

public sealed class BuildCacheTests
{
    [Fact]
    public void Run_SameMeaningTwice_BuildsOnce_AndGivesTheBuildersResult()
    {
        var panel = Panel();
        var recipe = Recipe(new Step.Aggregate(new AggregationMethod.ArithmeticMean()));
        var cache = new BuildCache(panel);

        var first = cache.Run(recipe);
        var again = cache.Run(recipe with { Nodes = [.. recipe.Nodes] }); // another instance, the same meaning

        again.ShouldBeSameAs(first);
        cache.Count.ShouldBe(1);
        first.Scores!.CopyValues().ShouldBe(Builder.Run(recipe, panel).Scores!.CopyValues());
        cache.Run(RecipeVariation.WithAggregation(recipe, new AggregationMethod.GeometricMean(1))).ShouldNotBeSameAs(first);
        cache.Count.ShouldBe(2);
    }

    [Fact]
    public void Run_CacheOverAnotherPanel_IsACallersBug() =>
        Should.Throw<ArgumentException>(() => BuildCache.Run(new BuildCache(Panel()), Recipe(), Panel()));

    [Fact]
    public void CompiledModels_ForTwoYearsFromOneCache_EqualModelsBuiltAlone()
    {
        var panel = Panel();
        var recipe = Recipe();
        var factors = EveryKind();
        var cache = new BuildCache(panel);
        foreach (var year in Years)
        {
            var shared = CompiledModel.Compile(recipe, panel, factors, year, 3, [], cache)!;
            var alone = CompiledModel.Compile(recipe, panel, factors, year, 3, [])!;
            var random = new Random(year);
            for (var i = 0; i < 50; i++)
            {
                var draw = factors.Select(_ => random.NextDouble()).ToArray();
                Gpsi.Tests.ModelAgreement.Differences(alone, shared, draw, relative: 0).ShouldBeNull();
            }
        }

        cache.Count.ShouldBeLessThanOrEqualTo(1 + Combinations(factors)); // each recipe built once for both years
    }

    private static int Combinations(Factor[] factors) =>
        factors.Where(f => f is not Factor.WeightNoise).Aggregate(1, (n, f) => n * f.Levels!.Value);
}
