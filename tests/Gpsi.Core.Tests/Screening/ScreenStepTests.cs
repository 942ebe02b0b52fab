using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Screening;

public sealed class ScreenStepTests
{
    [Fact]
    public void Run_BelowThreshold_LeavesUnitOutAndMasksItsValues()
    {
        // A has 3/3, B 1/3, C 2/3 values. With COINr's default 2/3: B is out (0.333 < 0.667); C stays, because
        // the threshold compares with strict < and COINr's 1 − 1/3 = 0.6666666666666667 is not below 2/3.
        var panel = Panel(["A", "B", "C"], [2020], ("a", [1, 2, 3]), ("b", [1, NA, NA]), ("c", [1, NA, 3]));
        var recipe = Recipe(OnePillar("a", "b", "c"), new Step.Screen(2.0 / 3));

        var build = Builder.Run(recipe, panel);

        build.Succeeded.ShouldBeTrue();
        var output = build.Output("Screened");
        output.Values("a", 2020).ShouldBe([1, NA, 3]);
        output.Values("c", 2020).ShouldBe([1, NA, 3]);
        build.IsIncluded(0, 0).ShouldBeTrue();
        build.IsIncluded(0, 1).ShouldBeFalse();
        build.IsIncluded(0, 2).ShouldBeTrue();
        var screened = build.Screened.ShouldHaveSingleItem();
        screened.Unit.ShouldBe("B");
        screened.Year.ShouldBe(2020);
        screened.Availability.ShouldBe(1 - (2.0 / 3));
        screened.Reason.ShouldContain("1 of 3");
        build.Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
    }

    [Fact]
    public void Run_AvailabilityEqualToThreshold_IsKept()
    {
        var panel = Panel(["A", "B"], [2020], ("a", [1, 2]), ("b", [1, NA]));
        var recipe = Recipe(OnePillar("a", "b"), new Step.Screen(0.5));

        var build = Builder.Run(recipe, panel);

        build.Screened.ShouldBeEmpty();
        build.IsIncluded(0, 1).ShouldBeTrue();
        build.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Run_OneOfFiveAgainstPointTwo_IsOutAsInCoinr()
    {
        // COINr: Dat_Avail = 1 − 4/5 = 0.19999999999999996 (python3), which is < 0.2; 1/5 would be 0.2 exactly.
        var panel = Panel(["A"], [2020], ("a", [1]), ("b", [NA]), ("c", [NA]), ("d", [NA]), ("e", [NA]));
        var recipe = Recipe(OnePillar("a", "b", "c", "d", "e"), new Step.Screen(0.2));

        var build = Builder.Run(recipe, panel);

        build.Screened.ShouldHaveSingleItem().Availability.ShouldBe(0.19999999999999996);
        build.IsIncluded(0, 0).ShouldBeFalse();
    }

    [Fact]
    public void Run_MinPerAggregate_LeavesOutUnitMissingAPillar()
    {
        // A: a, b, c (P2 has c); B: a, b only (P2 empty); both have ≥ 50% data.
        var panel = Panel(["A", "B"], [2020], ("a", [1, 1]), ("b", [1, 1]), ("c", [1, NA]), ("d", [NA, NA]));
        var recipe = Recipe(TwoPillars(), new Step.Screen(0.5, MinPerAggregate: 1));

        var build = Builder.Run(recipe, panel);

        var screened = build.Screened.ShouldHaveSingleItem();
        screened.Unit.ShouldBe("B");
        screened.Availability.ShouldBe(0.5);
        screened.Reason.ShouldContain("'P2' has 0 of 2");
        build.Output("Screened").Values("a", 2020).ShouldBe([1, NA]);
    }

    [Fact]
    public void Run_UnitWithNoDataInAYear_IsRecordedWithoutANote()
    {
        var panel = Panel(["A", "B"], [2019, 2020], ("a", [1, 1, 1, NA]), ("b", [1, 1, 1, NA]));
        var recipe = Recipe(OnePillar("a", "b"), new Step.Screen());

        var build = Builder.Run(recipe, panel);

        var screened = build.Screened.ShouldHaveSingleItem();
        (screened.Unit, screened.Year, screened.Availability).ShouldBe(("B", 2020, 0.0));
        build.IsIncluded(0, 1).ShouldBeTrue();
        build.IsIncluded(1, 1).ShouldBeFalse();
        build.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Run_ThresholdNoUnitCanMeet_IsAnError()
    {
        var panel = Panel(["A"], [2020], ("a", [1]), ("b", [1]), ("c", [1]), ("d", [1]));
        var recipe = Recipe(TwoPillars(), new Step.Screen(0, MinPerAggregate: 3));

        var build = Builder.Run(recipe, panel);

        build.Succeeded.ShouldBeFalse();
        build.Diagnostics.ShouldHaveSingleItem().Location!.Field.ShouldBe("steps[0].minPerAggregate");
        build.Find("Screened").ShouldBeNull();
    }

    [Theory]
    [InlineData(-0.1, null, 2, "steps[0].minAvailability")]
    [InlineData(1.5, null, 2, "steps[0].minAvailability")]
    [InlineData(0.5, 1, 4, "steps[0].aggregateLevel")]
    [InlineData(0.5, -1, 2, "steps[0].minPerAggregate")]
    public void Run_BadParameter_IsAnErrorNamingTheField(double min, int? perAggregate, int level, string field)
    {
        var panel = Panel(["A"], [2020], ("a", [1]), ("b", [1]), ("c", [1]), ("d", [1]));
        var recipe = Recipe(TwoPillars(), new Step.Screen(min, perAggregate, level));

        var build = Builder.Run(recipe, panel);

        build.Diagnostics.ShouldHaveSingleItem().Location!.Field.ShouldBe(field);
    }
}
