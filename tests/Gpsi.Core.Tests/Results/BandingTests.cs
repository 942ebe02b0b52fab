using Gpsi.Core.Aggregation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using static Gpsi.Core.Tests.Normalisation.NormalisationFixtures;

namespace Gpsi.Core.Tests.Results;

/// <summary>
/// Bands through <see cref="Core.Building.Build.Bands"/>: a one-indicator index, so the root's scores are the values.
/// </summary>
public sealed class BandingTests
{
    private const double NaN = double.NaN;

    private static Core.Building.Build Run(BandRule rule, double[] scores) => RunOk(
        Flat([Indicator("A")], new Step.Aggregate(new AggregationMethod.ArithmeticMean())) with { Bands = rule },
        Panel(("A", scores)));

    private static int[] Bands(Core.Building.Build build) =>
        [.. Enumerable.Range(0, build.Panel.Units.Length).Select(u => build.Bands![0, u])];

    [Fact]
    public void Quantile_TenUnits_PutsTwoInEachBand()
    {
        var build = Run(new BandRule.Quantile(), [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
        Bands(build).ShouldBe([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
        build.Bands!.LabelOf(1).ShouldBe("Very high");
        build.Bands.LabelOf(5).ShouldBe("Very low");
        build.Bands.LabelOf(0).ShouldBe(string.Empty);
        // The lowest score of each band but the last.
        build.Bands.Thresholds[0].ShouldBe([9, 7, 5, 3]);
    }

    [Fact]
    public void Quantile_TiesAndMissing_ShareTheBandOfTheirRankAndMissingGetsNone()
    {
        // Ranks: 1, 2, 2, 4, 0 (NaN): of 4 ranked units, rank r is band ⌈5r/4⌉ capped at 5.
        var build = Run(new BandRule.Quantile(), [9, 5, 5, 1, NaN]);
        Bands(build).ShouldBe([2, 3, 3, 5, 0]);
        build.Ranks!.Get("U5", "Index", 2024).ShouldBe(0);
        build.Ranks.Get("U2", "Index", 2024).ShouldBe(2);
    }

    [Fact]
    public void Fixed_Thresholds_AreInclusiveLowerBounds()
    {
        var rule = new BandRule.Fixed([80, 60, 40, 20], ["A", "B", "C", "D", "E"]);
        var build = Run(rule, [80, 79.9, 60, 20, 19.99, NaN, 100]);
        Bands(build).ShouldBe([1, 2, 2, 4, 5, 0, 1]);
        build.Bands!.LabelOf(4).ShouldBe("D");
    }
}
