using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Imputation;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Imputation;

/// <summary>
/// Row mean on min-max scaled data (COINr <c>impute_by = "row"</c>, <c>normalise_first = TRUE</c>,
/// <c>group_level</c>). Expected values come from a python3 transcription of COINr's <c>Impute.data.frame</c>
/// formulas: x' = x·dir; z = (x' − min)/(max − min), NaN for a zero range; row mean of available z (two-pass mean as
/// R); back-transform (z̄·(max − min) + min)·dir.
/// </summary>
public sealed class RowImputationTests
{
    private static readonly ImmutableArray<Node> Nodes =
    [
        Indicator("a", "P1"), Indicator("b", "P1", Direction.Negative), Indicator("c", "P1"), Indicator("f", "P1"),
        Indicator("d", "P2"), Indicator("e", "P2", Direction.Negative),
        Aggregate("P1", "Index"), Aggregate("P2", "Index"), Aggregate("Index"),
    ];

    // c has one value for every observed unit: zero range. F has nothing in P1.
    private static readonly Panel Data = Panel(["A", "B", "C", "D", "E", "F"], [2020],
        ("a", [3.2, 7.9, NA, 1.5, 4.4, NA]),
        ("b", [12.0, NA, 30.5, 22.1, 8.3, NA]),
        ("c", [5, 5, 5, NA, 5, NA]),
        ("f", [2.5, 3.75, 4.1, 9.0, 6.2, NA]),
        ("d", [0.4, 0.9, 0.1, NA, 0.6, 0.2]),
        ("e", [NA, 210, 180, 150, 300, NA]));

    [Fact]
    public void RowMean_Level2_FillsFromTheUnitsOwnPillar()
    {
        var build = Builder.Run(Recipe(Nodes, new Step.Impute(new ImputationMethod.RowMean(2))), Data);

        var output = build.Output("Imputed");
        output.Get("B", "b", 2020).ShouldBe(17.265384615384615);
        output.Get("C", "a", 2020).ShouldBe(2.2876923076923075);
        output.Get("A", "e", 2020).ShouldBe(243.75);
        output.Get("D", "d", 2020).ShouldBe(0.9);
        output.Get("F", "e", 2020).ShouldBe(281.25);
        // Zero-range column: its missing cell gets the constant back, 5.
        output.Get("D", "c", 2020).ShouldBe(5);
        // F has no value in P1: nothing to average, all four stay missing.
        output.Values("f", 2020)[5].ShouldBe(NA);
        output.Get("F", "a", 2020).ShouldBe(NA);
        build.Imputed.Length.ShouldBe(6);
        build.Imputed.ShouldAllBe(i => i.Method == "row:2");
        build.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("4 values");
    }

    [Fact]
    public void RowMean_TopLevel_AveragesOverEveryIndicator()
    {
        var build = Builder.Run(Recipe(Nodes, new Step.Impute(new ImputationMethod.RowMean(3))), Data);

        var output = build.Output("Imputed");
        output.Get("A", "e", 2020).ShouldBe(244.7265625);
        output.Get("B", "b", 2020).ShouldBe(15.002692307692309);
        output.Get("C", "a", 2020).ShouldBe(3.1738461538461538);
        output.Get("D", "c", 2020).ShouldBe(5);
        output.Get("D", "d", 2020).ShouldBe(0.5756756756756757);
        output.Get("F", "a", 2020).ShouldBe(2.3);
        output.Get("F", "b", 2020).ShouldBe(27.725);
        output.Get("F", "f", 2020).ShouldBe(3.3125);
        output.Get("F", "e", 2020).ShouldBe(281.25);
        build.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void RowMean_ObservedValues_AreUnchanged()
    {
        var build = Builder.Run(Recipe(Nodes, new Step.Impute(new ImputationMethod.RowMean(2))), Data);
        var output = build.Output("Imputed");

        output.Values("b", 2020).ShouldBe([12.0, 17.265384615384615, 30.5, 22.1, 8.3, NA]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void RowMean_LevelOutsideTheTree_IsAnError(int level)
    {
        var build = Builder.Run(Recipe(Nodes, new Step.Impute(new ImputationMethod.RowMean(level))), Data);

        var error = build.Diagnostics.ShouldHaveSingleItem();
        error.Location!.Field.ShouldBe("steps[0].method");
        error.Expected.ShouldBe("2 to 3");
        build.Find("Imputed").ShouldBeNull();
    }
}
