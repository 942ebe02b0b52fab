using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Recipes;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Imputation;

/// <summary>Group mean and median (COINr <c>i_mean_grp</c>, <c>i_median_grp</c>, <c>skip_f_na = TRUE</c>).</summary>
public sealed class GroupImputationTests
{
    [Fact]
    public void GroupMean_MissingCells_TakeTheirGroupsMean()
    {
        // income: A, B = H; C, D = L; E unlabelled. a: B ← mean(1) = 1, D ← mean(10, 4) = 7, E stays missing.
        var panel = Panel(["A", "B", "C", "D", "E", "F"], [2020],
                ("a", [1, NA, 10, NA, NA, 4]), ("b", [NA, NA, 5, NA, 3, 2]))
            .WithGroup("income", "H", "H", "L", "L", null, "L");
        var recipe = Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.GroupMean("income")));

        var build = Builder.Run(recipe, panel);

        build.Succeeded.ShouldBeTrue();
        var output = build.Output("Imputed");
        output.Values("a", 2020).ShouldBe([1, 1, 10, 7, NA, 4]);
        // b: group H has no value, so A and B stay missing (COINr: mean of nothing is NaN); D ← mean(5, 2) = 3.5.
        output.Values("b", 2020).ShouldBe([NA, NA, 5, 3.5, 3, 2]);
        build.Imputed.ShouldAllBe(i => i.Method == "mean-by:income");
        build.Imputed.Length.ShouldBe(3);
    }

    [Fact]
    public void GroupMean_GroupWithoutValues_WarnsNamingIndicatorGroupAndYear()
    {
        var panel = Panel(["A", "B", "C", "D"], [2020], ("a", [1, 2, 3, 4]), ("b", [NA, NA, 5, NA]))
            .WithGroup("income", "H", "H", "L", "L");
        var recipe = Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.GroupMean("income")));

        var build = Builder.Run(recipe, panel);

        var empty = build.Diagnostics.Where(d => d.Code == "impute.empty-group").ShouldHaveSingleItem();
        empty.Severity.ShouldBe(Severity.Warning);
        empty.Message.ShouldContain("'H'");
        empty.Message.ShouldContain("'b'");
        empty.Message.ShouldContain("2020");
        build.Diagnostics.Where(d => d.Code == "impute.remaining-missing").ShouldHaveSingleItem()
            .Message.ShouldContain("2 values");
        build.Output("Imputed").Values("b", 2020).ShouldBe([NA, NA, 5, 5]);
    }

    [Fact]
    public void GroupMedian_MissingCells_TakeTheirGroupsMedian()
    {
        // H = A..D: D ← median(1, 4, 9) = 4; L = E..G: F ← median(3, 10) = 6.5.
        var panel = Panel(["A", "B", "C", "D", "E", "F", "G"], [2020],
                ("a", [1, 4, 9, NA, 3, NA, 10]), ("b", [1, 1, 1, 1, 1, 1, 1]))
            .WithGroup("income", "H", "H", "H", "H", "L", "L", "L");
        var recipe = Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.GroupMedian("income")));

        var build = Builder.Run(recipe, panel);

        build.Output("Imputed").Values("a", 2020).ShouldBe([1, 4, 9, 4, 3, 6.5, 10]);
        build.Imputed.ShouldAllBe(i => i.Method == "median-by:income");
    }

    [Fact]
    public void GroupMean_UnknownGroupColumn_IsAnErrorNamingTheMethod()
    {
        var panel = Panel(["A", "B"], [2020], ("a", [1, NA]), ("b", [1, 1])).WithGroup("income", "H", "H");
        var recipe = Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.GroupMean("region")));

        var build = Builder.Run(recipe, panel);

        build.Succeeded.ShouldBeFalse();
        var error = build.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("impute.unknown-group");
        error.Location!.Field.ShouldBe("steps[0].method");
        error.Found.ShouldBe("region");
        error.Expected.ShouldNotBeNull().ShouldContain("'income'");
        build.Find("Imputed").ShouldBeNull();
    }
}
