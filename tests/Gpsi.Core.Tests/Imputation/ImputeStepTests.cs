using Gpsi.Core.Building;
using Gpsi.Core.Imputation;
using Gpsi.Core.Recipes;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Imputation;

public sealed class ImputeStepTests
{
    public static TheoryData<ImputationMethod, string> Syntax => new()
    {
        { new ImputationMethod.Mean(), "mean" },
        { new ImputationMethod.Median(), "median" },
        { new ImputationMethod.GroupMean("income"), "mean-by:income" },
        { new ImputationMethod.GroupMedian("region"), "median-by:region" },
        { new ImputationMethod.RowMean(3), "row:3" },
        { new ImputationMethod.LatestAvailable(2), "latest:2" },
        { new ImputationMethod.LinearInterpolation(), "linear" },
        { new ImputationMethod.LinearInterpolation(ExtendEnds: true), "linear:extend" },
    };

    [Theory]
    [MemberData(nameof(Syntax))]
    public void Describe_EachMethod_GivesRecipeSyntax(ImputationMethod method, string expected) =>
        MethodSyntax.Format(method).ShouldBe(expected);

    [Fact]
    public void Run_NothingMissing_CommitsACopyWithoutFlagsOrWarnings()
    {
        var panel = Panel(["A", "B"], [2020], ("a", [1, 2]), ("b", [3, 4]));
        var build = Builder.Run(Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.Mean())), panel);

        build.Output("Imputed").Values("b", 2020).ShouldBe([3, 4]);
        build.Imputed.ShouldBeEmpty();
        build.Diagnostics.ShouldBeEmpty();
        build.Log[^1].Output.ShouldBe("Imputed");
    }

    [Fact]
    public void Run_TwoImputeSteps_SecondFillsWhatTheFirstLeft()
    {
        // latest:1 fills B 2011 from 2010 but cannot fill A 2010 (earliest year); the column mean then does: 3.
        var panel = Panel(["A", "B"], [2010, 2011], ("a", [NA, 3, 5, NA]), ("b", [1, 1, 1, 1]));
        var recipe = Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.LatestAvailable(1)),
            new Step.Impute(new ImputationMethod.Mean()));

        var build = Builder.Run(recipe, panel);

        build.Output("Imputed").Values("a", 2010).ShouldBe([3, 3]);
        build.Output("Imputed").Values("a", 2011).ShouldBe([5, 3]);
        build.Imputed.Select(i => (i.Unit, i.Year, i.Method)).ShouldBe(
            [("B", 2011, "latest:1"), ("A", 2010, "mean")]);
    }

    [Fact]
    public void Latest_WindowBelowOne_IsAnError()
    {
        var panel = Panel(["A"], [2010, 2011], ("a", [1, NA]), ("b", [1, 1]));
        var build = Builder.Run(
            Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.LatestAvailable(0))), panel);

        build.Diagnostics.ShouldHaveSingleItem().Location!.Field.ShouldBe("steps[0].method");
        build.Find("Imputed").ShouldBeNull();
    }
}
