using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Recipes;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Imputation;

/// <summary>Column mean and median (COINr <c>i_mean</c>, <c>i_median</c>), year by year.</summary>
public sealed class ColumnImputationTests
{
    private static readonly string[] Units = ["A", "B", "C", "D"];

    [Fact]
    public void Mean_MissingCells_TakeTheYearsColumnMean()
    {
        // python3: mean of 0.1, 0.2, 0.4 with R's second pass = 0.23333333333333334; 2021: (0.3 + 0.25)/2 = 0.275.
        var panel = Panel(Units, [2020, 2021],
            ("a", [0.1, 0.2, NA, 0.4, 0.3, NA, 0.25, NA]), ("b", [1, 1, 1, 1, 1, 1, 1, 1]));
        var recipe = Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.Mean()));

        var build = Builder.Run(recipe, panel);

        var output = build.Output("Imputed");
        output.Values("a", 2020).ShouldBe([0.1, 0.2, 0.23333333333333334, 0.4]);
        output.Values("a", 2021).ShouldBe([0.3, 0.275, 0.25, 0.275]);
        build.Imputed.Select(i => (i.Unit, i.Year, i.Value, i.Method, i.SourceYear)).ShouldBe(
        [
            ("C", 2020, 0.23333333333333334, "mean", (int?)null),
            ("B", 2021, 0.275, "mean", null),
            ("D", 2021, 0.275, "mean", null),
        ]);
        build.Diagnostics.ShouldBeEmpty();
        build.Log[^1].Summary.ShouldBe("mean: 3 values imputed");
    }

    [Fact]
    public void Median_EvenAndOddCounts_TakeRsMedian()
    {
        // 2020: median(1, 2, 6, 10) = 4; 2021: median(1, 7, 3) = 3.
        var panel = Panel(["A", "B", "C", "D", "E"], [2020, 2021],
            ("a", [1, 2, NA, 6, 10, 1, NA, 7, 3, NA]), ("b", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
        var recipe = Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.Median()));

        var output = Builder.Run(recipe, panel).Output("Imputed");

        output.Values("a", 2020).ShouldBe([1, 2, 4, 6, 10]);
        output.Values("a", 2021).ShouldBe([1, 3, 7, 3, 3]);
    }

    [Fact]
    public void Mean_ColumnWithNoObservation_StaysMissingWithOneWarning()
    {
        var panel = Panel(Units, [2020], ("a", [1, 2, NA, 6]), ("b", [NA, NA, NA, NA]));
        var recipe = Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.Mean()));

        var build = Builder.Run(recipe, panel);

        build.Succeeded.ShouldBeTrue();
        build.Output("Imputed").Values("a", 2020).ShouldBe([1, 2, 3, 6]);
        build.Output("Imputed").Values("b", 2020).ShouldBe([NA, NA, NA, NA]);
        var warning = build.Diagnostics.ShouldHaveSingleItem();
        (warning.Severity, warning.Code).ShouldBe((Severity.Warning, "impute.remaining-missing"));
        warning.Message.ShouldContain("4 values");
        warning.Location!.Field.ShouldBe("steps[0].method");
    }

    [Fact]
    public void Mean_AfterScreening_ScreenedUnitIsNeitherFilledNorADonor()
    {
        // D has 1 of 3 values and is screened out; its a = 100 must not enter C's mean: (1 + 2)/2 = 1.5.
        var panel = Panel(Units, [2020], ("a", [1, 2, NA, 100]), ("b", [1, 2, 3, NA]), ("c", [1, 2, 3, NA]));
        var recipe = Recipe(OnePillar("a", "b", "c"), new Step.Screen(0.5),
            new Step.Impute(new ImputationMethod.Mean()));

        var build = Builder.Run(recipe, panel);

        var output = build.Output("Imputed");
        output.Values("a", 2020).ShouldBe([1, 2, 1.5, NA]);
        output.Values("b", 2020).ShouldBe([1, 2, 3, NA]);
        build.Imputed.ShouldHaveSingleItem().Unit.ShouldBe("C");
        build.Diagnostics.ShouldNotContain(d => d.Severity == Severity.Warning);
    }
}
