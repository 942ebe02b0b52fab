using Gpsi.Core.Aggregation;

namespace Gpsi.Core.Tests.Aggregation;

/// <summary>The aggregation kernels, worked by hand from COINr's <c>a_*</c> formulas (coinr-semantics §4.3).</summary>
public sealed class AggregatorsTests
{
    private const double Tolerance = 1e-12;
    private const double NaN = double.NaN;

    [Fact]
    public void ArithmeticMean_NaNChild_DropsItsWeight() =>
        // (1·1 + 3·4)/(1 + 3); the weight 5 of the missing child drops out.
        Aggregators.ArithmeticMean([1, NaN, 4], [1, 5, 3]).ShouldBe(3.25, Tolerance);

    [Fact]
    public void ArithmeticMean_AllMissing_IsNaN() =>
        double.IsNaN(Aggregators.ArithmeticMean([NaN, NaN], [1, 1])).ShouldBeTrue();

    [Fact]
    public void ArithmeticMean_AvailableWeightsAllZero_IsNaN() =>
        // COINr: Σw = 0 over the available children gives 0/0.
        double.IsNaN(Aggregators.ArithmeticMean([1, 2, NaN], [0, 0, 1])).ShouldBeTrue();

    [Fact]
    public void ArithmeticMean_ZeroWeight_IgnoresThatChild() =>
        Aggregators.ArithmeticMean([100, 2, 4], [0, 1, 1]).ShouldBe(3, Tolerance);

    [Fact]
    public void GeometricMean_Weighted_IsExpOfWeightedLogs() =>
        // exp((1·ln 1 + 2·ln 8)/3) = 8^(2/3) = 4.
        Aggregators.GeometricMean([1, 8, NaN], [1, 2, 7]).ShouldBe(4, Tolerance);

    [Fact]
    public void GeometricMean_NonPositiveValue_IsNaN()
    {
        double.IsNaN(Aggregators.GeometricMean([2, 0], [1, 1])).ShouldBeTrue();
        double.IsNaN(Aggregators.GeometricMean([2, -1], [1, 1])).ShouldBeTrue();
    }

    [Fact]
    public void FirstNonPositive_SkipsNaN() => Aggregators.FirstNonPositive([3, NaN, 0, -1]).ShouldBe(2);

    [Fact]
    public void FirstNonPositive_AllPositive_IsMinusOne() => Aggregators.FirstNonPositive([3, NaN, 1e-300]).ShouldBe(-1);

    [Fact]
    public void HarmonicMean_Equal_IsCountOverSumOfReciprocals() =>
        // 2/(1 + 1/4) = 1.6
        Aggregators.HarmonicMean([1, 4, NaN], [1, 1, 1]).ShouldBe(1.6, Tolerance);

    [Fact]
    public void HarmonicMean_Weighted_IsWeightOverWeightedReciprocals() =>
        // 4/(3/2 + 1/4) = 16/7
        Aggregators.HarmonicMean([2, 4], [3, 1]).ShouldBe(16.0 / 7, Tolerance);

    [Fact]
    public void GeneralisedMean_PowerTwo_IsQuadraticMean() =>
        Aggregators.GeneralisedMean([3, 4], [1, 1], 2).ShouldBe(Math.Sqrt(12.5), Tolerance);

    [Fact]
    public void GeneralisedMean_PowerMinusOne_IsHarmonicMean() =>
        Aggregators.GeneralisedMean([1, 4], [1, 1], -1).ShouldBe(1.6, Tolerance);

    [Fact]
    public void GeneralisedMean_PowerZero_IsGeometricMean() =>
        Aggregators.GeneralisedMean([2, 8], [1, 1], 0).ShouldBe(4, Tolerance);

    [Fact]
    public void GeneralisedMean_PowerOne_IsArithmeticMean() =>
        Aggregators.GeneralisedMean([2, 8, 5], [1, 2, 1], 1).ShouldBe(23.0 / 4, Tolerance);

    [Fact]
    public void GeneralisedMean_NaNChild_IsSkipped() =>
        // GPSI skips NaN as COINr documents; COINr's code (sums without na.rm) would return NA here.
        Aggregators.GeneralisedMean([3, NaN, 4], [1, 1, 1], 2).ShouldBe(Math.Sqrt(12.5), Tolerance);

    [Fact]
    public void GeneralisedMean_NegativeValueWithEvenPower_IsComputedAsInR() =>
        // R: ((−3)^2 + 4^2)/2)^(1/2); the mean is defined for p > 0 whatever the sign.
        Aggregators.GeneralisedMean([-3, 4], [1, 1], 2).ShouldBe(Math.Sqrt(12.5), Tolerance);

    [Fact]
    public void GeneralisedMean_NegativeMeanWithOddPower_IsNaNAsInR() =>
        // ((−27 + 1)/2)^(1/3): R's ^ of a negative base to a fractional power is NaN.
        double.IsNaN(Aggregators.GeneralisedMean([-3, 1], [1, 1], 3)).ShouldBeTrue();

    [Fact]
    public void GeneralisedMean_NonPositiveWithNegativePower_IsNaN() =>
        double.IsNaN(Aggregators.GeneralisedMean([0, 4], [1, 1], -1)).ShouldBeTrue();

    [Theory]
    [InlineData(new[] { 5.0, 1, 3 }, new[] { 1.0, 1, 1 }, 3)]
    [InlineData(new[] { 4.0, 1, 3, 2 }, new[] { 1.0, 1, 1, 1 }, 2.5)]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 1.0, 1, 5 }, 3)]
    [InlineData(new[] { 1.0, 2 }, new[] { 1.0, 1 }, 1.5)]
    [InlineData(new[] { 1.0, double.NaN, 9, 4 }, new[] { 1.0, 100, 1, 1 }, 4)]
    [InlineData(new[] { 1.0, 2, 3 }, new[] { 3.0, 1, 2 }, 1.5)] // cumulative weight hits exactly ½ at 1
    public void Median_Weighted_IsTheHalfWeightPoint(double[] x, double[] w, double expected) =>
        Aggregators.Median(x, w).ShouldBe(expected, Tolerance);

    [Fact]
    public void Median_AllMissing_IsNaN() => double.IsNaN(Aggregators.Median([NaN], [1])).ShouldBeTrue();

    // Counterexamples found by AggregatorProperties before the engine was fixed.
    [Fact]
    public void ArithmeticMean_ValuesAtMinusMaxValue_StaysFinite() =>
        // Σw·x = −∞ in plain arithmetic (R returns -Inf).
        Aggregators.ArithmeticMean([-double.MaxValue, -double.MaxValue], [6846.61, 2.2858])
            .ShouldBe(-double.MaxValue);

    [Fact]
    public void ArithmeticMean_InfiniteChild_IsInfiniteAsInR() =>
        Aggregators.ArithmeticMean([double.PositiveInfinity, 1], [1, 1]).ShouldBe(double.PositiveInfinity);

    [Fact]
    public void Median_TwoValuesAtMaxValue_StaysFinite() =>
        Aggregators.Median([double.MaxValue, double.MaxValue], [1, 1]).ShouldBe(double.MaxValue);
}
