using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Denomination;

public sealed class DenominateStepTests
{
    private static readonly string[] Units = ["A", "B", "C"];

    private static Recipe WithDenominator(Denominator denominator) => Recipe(
        [
            Indicator("a", "P", denominator: denominator), Indicator("b", "P"), Aggregate("P", "Index"),
            Aggregate("Index"),
        ],
        new Step.Denominate());

    [Fact]
    public void Run_WithScale_DividesAsCoinrInItsOrderOfOperations()
    {
        // Expected by python3: 10/(3/100) = 333.33333333333337 and 7/(7/100) = 99.99999999999999, COINr's
        // x / (denom / ScaleFactor); x*100/d would give 333.3333333333333 and 100.0.
        var panel = Panel(Units, [2020], ("a", [10, 7, NA]), ("b", [1, 2, 3]), ("pop", [3, 7, 5]));

        var build = Builder.Run(WithDenominator(new Denominator("pop", 100)), panel);

        build.Succeeded.ShouldBeTrue();
        var output = build.Output("Denominated");
        output.Values("a", 2020).ShouldBe([333.33333333333337, 99.99999999999999, NA]);
        output.Values("b", 2020).ShouldBe([1, 2, 3]);
        build.Log[^1].Summary.ShouldStartWith("1 indicator divided by their denominators");
    }

    [Fact]
    public void Run_PerYear_UsesTheSameYearsDenominator()
    {
        var panel = Panel(["A"], [2019, 2020], ("a", [6, 6]), ("b", [1, 1]), ("pop", [2, 3]));

        var output = Builder.Run(WithDenominator(new Denominator("pop")), panel).Output("Denominated");

        output.Get("A", "a", 2019).ShouldBe(3);
        output.Get("A", "a", 2020).ShouldBe(2);
    }

    [Fact]
    public void Run_ZeroOrMissingDenominator_GivesNaNAndOneWarningPerIndicator()
    {
        var panel = Panel(Units, [2019, 2020], ("a", [1, 2, 3, 4, NA, 6]), ("b", [1, 1, 1, 1, 1, 1]),
            ("pop", [0, NA, 4, 2, 0, 0]));

        var build = Builder.Run(WithDenominator(new Denominator("pop")), panel);

        build.Succeeded.ShouldBeTrue();
        build.Output("Denominated").Values("a", 2019).ShouldBe([NA, NA, 0.75]);
        build.Output("Denominated").Values("a", 2020).ShouldBe([2, NA, NA]);
        // B 2020 was already missing: 3 of the 5 observed values are lost, reported once.
        var warning = build.Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Code.ShouldBe("denominate.missing-denominator");
        warning.Message.ShouldContain("3 of 5");
        warning.Location!.Field.ShouldBe("nodes[0].denominator");
    }

    [Fact]
    public void Run_UnknownDenominator_ErrorsNamingTheNodeFieldAndStops()
    {
        var recipe = Recipe(
            [Indicator("a", "P"), Indicator("b", "P", denominator: new Denominator("GDP")), Aggregate("P", "Index"),
                Aggregate("Index")],
            new Step.Denominate(), new Step.Impute(new Gpsi.Core.Imputation.ImputationMethod.Mean()));
        var panel = Panel(Units, [2020], ("a", [1, 2, 3]), ("b", [1, 2, 3]), ("pop", [1, 1, 1]));

        var build = Builder.Run(recipe, panel);

        build.Succeeded.ShouldBeFalse();
        var error = build.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("denominate.unknown-denominator");
        error.Location!.Field.ShouldBe("nodes[1].denominator");
        error.Found.ShouldBe("GDP");
        error.Expected.ShouldNotBeNull().ShouldContain("panel");
        build.Find("Denominated").ShouldBeNull();
        build.Find("Imputed").ShouldBeNull();
    }

    [Fact]
    public void Run_ZeroScale_IsAnError()
    {
        var panel = Panel(Units, [2020], ("a", [1, 2, 3]), ("b", [1, 2, 3]), ("pop", [1, 1, 1]));

        var build = Builder.Run(WithDenominator(new Denominator("pop", 0)), panel);

        build.Diagnostics.ShouldHaveSingleItem().Location!.Field.ShouldBe("nodes[0].denominator.scale");
        build.Find("Denominated").ShouldBeNull();
    }
}
