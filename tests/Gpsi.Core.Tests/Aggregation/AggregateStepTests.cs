using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using static Gpsi.Core.Tests.Normalisation.NormalisationFixtures;

namespace Gpsi.Core.Tests.Aggregation;

/// <summary>
/// The aggregate step through <see cref="Builder.Run"/>: tree weights, levels, the availability threshold
/// (COINr <c>dat_thresh</c>: NA when available/children &lt; t, strictly) and non-positive values for gmean.
/// </summary>
public sealed class AggregateStepTests
{
    private const double NaN = double.NaN;

    // Index ← P (A, B weight 3), Q (C). Three units.
    private static Recipe TwoLevels(params Step[] steps) => Recipe(
        [Indicator("A", "P"), Indicator("B", "P", weight: 3), Indicator("C", "Q"), Aggregate("P", "Index"),
            Aggregate("Q", "Index", weight: 2), Aggregate("Index")], steps);

    private static readonly (string, double[])[] Data = [("A", [1, 2, NaN]), ("B", [5, 4, 8]), ("C", [2, 6, NaN])];

    [Fact]
    public void Run_ArithmeticMean_UsesTreeWeightsLevelByLevel()
    {
        var build = RunOk(TwoLevels(new Step.Aggregate(new AggregationMethod.ArithmeticMean())), Panel(Data));
        // P = (1·A + 3·B)/4 → 4, 3.5, 8 (A missing); Q = C; Index = (1·P + 2·Q)/3 (Q missing for U3 → P).
        Values(build.Scores, "P").ShouldBe([4, 3.5, 8]);
        Values(build.Scores, "Q").ShouldBe([2, 6, NaN]);
        Values(build.Scores, "Index").ShouldBe([8.0 / 3, 15.5 / 3, 8], 1e-12);
        Values(build.Scores, "A").ShouldBe([1, 2, NaN]);
    }

    [Fact]
    public void Run_ByLevel_UsesEachLevelsMethod()
    {
        var step = new Step.Aggregate(new AggregationMethod.ArithmeticMean(),
            ImmutableSortedDictionary<int, AggregationMethod>.Empty.Add(3, new AggregationMethod.GeometricMean()));
        var build = RunOk(TwoLevels(step), Panel(("A", [1, 2, 4]), ("B", [5, 4, 4]), ("C", [2, 6, 4])));
        // P = 4, 3.5, 4; Q = 2, 6, 4; Index = exp((ln P + 2 ln Q)/3).
        Values(build.Scores, "Index").ShouldBe([Math.Cbrt(4 * 2 * 2), Math.Cbrt(3.5 * 6 * 6), 4], 1e-12);
    }

    [Theory]
    [InlineData(0.5, 3.0)] // 2 of 4 available: 0.5 is not < 0.5, so it aggregates
    [InlineData(0.51, NaN)]
    [InlineData(0.25, 3.0)]
    public void Run_AvailabilityThreshold_IsStrict(double threshold, double expected)
    {
        var recipe = Flat([Indicator("A"), Indicator("B"), Indicator("C"), Indicator("D")],
            new Step.Aggregate(new AggregationMethod.ArithmeticMean(), MinAvailability: threshold));
        var build = RunOk(recipe, Panel(("A", [2]), ("B", [4]), ("C", [NaN]), ("D", [NaN])));
        Values(build.Scores, "Index").ShouldBe([expected]);
    }

    [Fact]
    public void Run_AvailabilityThresholdTwoThirds_PassesTwoOfThree()
    {
        var recipe = Flat([Indicator("A"), Indicator("B"), Indicator("C")],
            new Step.Aggregate(new AggregationMethod.ArithmeticMean(), MinAvailability: 2.0 / 3));
        var build = RunOk(recipe, Panel(("A", [2, 2]), ("B", [4, NaN]), ("C", [NaN, NaN])));
        Values(build.Scores, "Index").ShouldBe([3, NaN]);
    }

    [Fact]
    public void Run_GeometricMeanOnZero_FailsNamingUnitNodeAndChild()
    {
        var build = Builder.Run(TwoLevels(new Step.Aggregate(new AggregationMethod.GeometricMean())),
            Panel(("A", [1, 0, 3]), ("B", [5, 4, 8]), ("C", [2, 6, 1])));
        build.Succeeded.ShouldBeFalse();
        build.Scores.ShouldBeNull();
        var error = build.Diagnostics.Single(d => d.Severity == Severity.Error);
        error.Code.ShouldBe("aggregate.non-positive");
        error.Message.ShouldContain("'P'");
        error.Message.ShouldContain("'U2'");
        error.Message.ShouldContain("'A'");
        error.Found.ShouldBe("0");
        error.Location!.Field.ShouldBe("steps[0].method");
    }

    [Fact]
    public void Run_GeometricMeanOnNegative_Fails()
    {
        var build = Builder.Run(Flat([Indicator("A"), Indicator("B")],
            new Step.Aggregate(new AggregationMethod.GeometricMean())), Panel(("A", [1, 2]), ("B", [3, -1])));
        build.Diagnostics.ShouldContain(d => d.Code == "aggregate.non-positive" && d.Message.Contains("'U2'")
            && d.Message.Contains("'Index'") && d.Found == "-1");
    }

    [Fact]
    public void Run_GeometricMeanWithShift_AddsItFirst()
    {
        var build = RunOk(Flat([Indicator("A"), Indicator("B")],
            new Step.Aggregate(new AggregationMethod.GeometricMean(Shift: 1))), Panel(("A", [0]), ("B", [3])));
        Values(build.Scores, "Index").ShouldBe([2], 1e-12); // √(1·4)
    }

    [Fact]
    public void Run_HarmonicMeanOnZero_Fails()
    {
        var build = Builder.Run(Flat([Indicator("A"), Indicator("B")],
            new Step.Aggregate(new AggregationMethod.HarmonicMean())), Panel(("A", [1]), ("B", [0])));
        build.Diagnostics.ShouldContain(d => d.Code == "aggregate.non-positive");
    }

    [Fact]
    public void Run_AllChildrenMissing_IsNaN()
    {
        var build = RunOk(Flat([Indicator("A"), Indicator("B")],
            new Step.Aggregate(new AggregationMethod.GeometricMean())), Panel(("A", [NaN, 4]), ("B", [NaN, 1])));
        Values(build.Scores, "Index").ShouldBe([NaN, 2]);
    }
}
