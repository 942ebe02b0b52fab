using Gpsi.Core.Building;
using Gpsi.Core.Imputation;
using Gpsi.Core.Recipes;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Imputation;

/// <summary>
/// Latest available value and linear interpolation along each unit's years (COINr <c>impute_panel</c>, imp_type
/// "latest" and "linear"). Interpolated values were computed with python3 using R's <c>approx</c> formula
/// y0 + (y1 − y0)·((t − t0)/(t1 − t0)).
/// </summary>
public sealed class PanelImputationTests
{
    private static readonly int[] Years = [2010, 2011, 2012, 2013, 2014];

    private static Build Run(ImputationMethod method, int[] years, string[] units, double[] a) =>
        Builder.Run(Recipe(OnePillar("a", "b"), new Step.Impute(method)),
            Panel(units, years, ("a", a), ("b", Enumerable.Repeat(1.0, a.Length).ToArray())));

    [Fact]
    public void Latest_WithinWindow_CarriesTheLatestEarlierValueForward()
    {
        // [year][unit] for A, B. A: 1 . . . 5 ; B: . 2 . 3 .
        var build = Run(new ImputationMethod.LatestAvailable(2), Years, ["A", "B"],
            [1, NA, NA, 2, NA, NA, NA, 3, 5, NA]);

        var output = build.Output("Imputed");
        output.Values("a", 2011).ShouldBe([1, 2]);
        output.Values("a", 2012).ShouldBe([1, 2]);
        // A 2013: 2012 and 2011 are within two years but were missing in the input; 2010 is three years back.
        output.Values("a", 2013).ShouldBe([NA, 3]);
        output.Values("a", 2014).ShouldBe([5, 3]);
        // B 2010: the earliest year is never filled, and never from later years.
        output.Values("a", 2010).ShouldBe([1, NA]);
        build.Imputed.Select(i => (i.Unit, i.Year, i.SourceYear, i.Method)).ShouldBe(
        [
            ("A", 2011, (int?)2010, "latest:2"),
            ("A", 2012, 2010, "latest:2"),
            ("B", 2012, 2011, "latest:2"),
            ("B", 2014, 2013, "latest:2"),
        ]);
        build.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("2 values");
    }

    [Fact]
    public void Latest_GapInYears_CountsYearsByValue()
    {
        // Years 2010, 2012, 2013: with latest:1, 2010 is two years before 2012 and is not used.
        int[] years = [2010, 2012, 2013];
        var one = Run(new ImputationMethod.LatestAvailable(1), years, ["A"], [1, NA, NA]).Output("Imputed");
        var two = Run(new ImputationMethod.LatestAvailable(2), years, ["A"], [1, NA, NA]).Output("Imputed");

        one.Values("a", 2012).ShouldBe([NA]);
        two.Values("a", 2012).ShouldBe([1]);
        two.Values("a", 2013).ShouldBe([NA]);
    }

    [Fact]
    public void Latest_ScreenedOutYear_IsNotADonor()
    {
        // A 2011 has 1 of 3 values and is screened out, so its a = 7 is not carried into 2012; 2010's 1 is.
        var panel = Panel(["A"], [2010, 2011, 2012], ("a", [1, 7, NA]), ("b", [1, NA, 2]), ("c", [1, NA, 2]));
        var recipe = Recipe(OnePillar("a", "b", "c"), new Step.Screen(0.6),
            new Step.Impute(new ImputationMethod.LatestAvailable(2)));

        var build = Builder.Run(recipe, panel);

        var output = build.Output("Imputed");
        output.Get("A", "a", 2012).ShouldBe(1);
        output.Values("b", 2011).ShouldBe([NA]);
        build.Imputed.ShouldHaveSingleItem().SourceYear.ShouldBe(2010);
    }

    [Fact]
    public void Linear_GapBetween2010And2013_InterpolatesByYear()
    {
        // A: 2.1 . . 11.3 .  → 2011 = 5.166666666666667, 2012 = 8.233333333333334; trailing 2014 stays missing.
        // B: . 4.4 . 8.8 .   → 2012 = 6.6000000000000005; both ends stay missing.
        var build = Run(new ImputationMethod.LinearInterpolation(), Years, ["A", "B"],
            [2.1, NA, NA, 4.4, NA, NA, 11.3, 8.8, NA, NA]);

        var output = build.Output("Imputed");
        output.Values("a", 2011).ShouldBe([5.166666666666667, 4.4]);
        output.Values("a", 2012).ShouldBe([8.233333333333334, 6.6000000000000005]);
        output.Values("a", 2010).ShouldBe([2.1, NA]);
        output.Values("a", 2014).ShouldBe([NA, NA]);
        build.Imputed.ShouldAllBe(i => i.Method == "linear" && i.SourceYear == null);
        build.Imputed.Length.ShouldBe(3);
    }

    [Fact]
    public void Linear_ExtendEnds_CopiesFirstAndLastObservationAsCoinrRule2()
    {
        var build = Run(new ImputationMethod.LinearInterpolation(ExtendEnds: true), Years, ["A", "B", "C"],
            [2.1, NA, NA, NA, 4.4, NA, NA, NA, 3, 11.3, 8.8, NA, NA, NA, NA]);

        var output = build.Output("Imputed");
        output.Values("a", 2014).ShouldBe([11.3, 8.8, NA]);
        output.Values("a", 2010).ShouldBe([2.1, 4.4, NA]);
        // C has a single observation: R's approx cannot interpolate, so C is left as it is.
        output.Values("a", 2012)[2].ShouldBe(3);
        output.Values("a", 2011)[2].ShouldBe(NA);
        build.Imputed.Where(i => i.Year is 2010 or 2014).Select(i => (i.Unit, i.Year, i.SourceYear)).ShouldBe(
            [("A", 2014, (int?)2013), ("B", 2010, 2011), ("B", 2014, 2013)]);
        build.Imputed.ShouldAllBe(i => i.Method == "linear:extend");
    }

    [Fact]
    public void Linear_UnevenYears_WeighsByYearValue()
    {
        var output = Run(new ImputationMethod.LinearInterpolation(), [2010, 2011, 2015], ["A"], [0, NA, 10])
            .Output("Imputed");

        output.Get("A", "a", 2011).ShouldBe(2);
    }
}
