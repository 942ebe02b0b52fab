using Gpsi.Core.Building;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Screening;

/// <summary><c>min-aggregates</c>: a unit needs that many aggregates at the level covered (e.g. 3 of 4 dimensions).</summary>
public sealed class MinAggregatesTests
{
    private static Node[] ThreePillars() =>
    [
        Indicator("a1", "P1"), Indicator("a2", "P1"), Indicator("b1", "P2"), Indicator("c1", "P3"),
        Aggregate("P1", "Index"), Aggregate("P2", "Index"), Aggregate("P3", "Index"), Aggregate("Index"),
    ];

    [Fact]
    public void MinAggregates_TwoOfThree_KeepsUnitsMissingOnePillar()
    {
        // A: all; B: no P3; C: only P1 (two indicators).
        var panel = Panel(["A", "B", "C"], [2020],
            ("a1", [1, 1, 1]), ("a2", [1, 1, 1]), ("b1", [1, 1, NA]), ("c1", [1, NA, NA]));
        var build = Builder.Run(Recipe(ThreePillars(), new Step.Screen(0, MinAggregates: 2)), panel);

        build.Succeeded.ShouldBeTrue(string.Join('\n', build.Diagnostics));
        build.IsIncluded(0, 0).ShouldBeTrue();
        build.IsIncluded(0, 1).ShouldBeTrue();
        build.IsIncluded(0, 2).ShouldBeFalse();
        build.Screened.ShouldHaveSingleItem().Reason.ShouldContain("1 of 3 level-2 aggregates");
        build.Screened.Single().Reason.ShouldContain("P2, P3");
    }

    [Fact]
    public void MinAggregates_WithMinPerAggregate_CountsOnlyWellCoveredPillars()
    {
        // B has one of P1's two indicators: with min-per-aggregate 2, P1 is not covered for B.
        var panel = Panel(["A", "B"], [2020],
            ("a1", [1, 1]), ("a2", [1, NA]), ("b1", [1, 1]), ("c1", [1, 1]));
        var build = Builder.Run(Recipe(ThreePillars(), new Step.Screen(0, MinPerAggregate: 2, MinAggregates: 1)), panel);

        build.Succeeded.ShouldBeTrue(string.Join('\n', build.Diagnostics));
        build.IsIncluded(0, 0).ShouldBeTrue();
        build.IsIncluded(0, 1).ShouldBeFalse();
    }

    [Fact]
    public void MinAggregates_MoreThanCanBeCovered_IsAnError()
    {
        var panel = Panel(["A"], [2020], ("a1", [1]), ("a2", [1]), ("b1", [1]), ("c1", [1]));
        var build = Builder.Run(Recipe(ThreePillars(), new Step.Screen(0, MinPerAggregate: 2, MinAggregates: 2)), panel);

        build.Succeeded.ShouldBeFalse();
        build.Diagnostics.ShouldContain(d => d.Code == "screen.unreachable-threshold");
    }
}
