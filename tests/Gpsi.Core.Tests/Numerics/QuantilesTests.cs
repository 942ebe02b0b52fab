using Gpsi.Core.Numerics;

namespace Gpsi.Core.Tests.Numerics;

// Expected values: R's quantile(type = 7) by hand (h = 1 + (n − 1)p, interpolate between the ⌊h⌋-th and ⌈h⌉-th
// sorted values) and audit_reference.py in tests/Gpsi.Core.Tests/Audit.
public sealed class QuantilesTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.1, 1.4)]
    [InlineData(0.25, 2.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(0.9, 4.6)]
    [InlineData(1.0, 5.0)]
    public void Type7_UnsortedWithNaN_InterpolatesLikeR(double p, double expected)
    {
        Quantiles.Type7([5, double.NaN, 1, 4, 2, 3], p).ShouldBe(expected, 1e-12);
    }

    [Fact]
    public void Type7_EvenCount_InterpolatesBetweenMiddleValues()
    {
        // n = 4, p = 0.25: h = 1.75 → 10 + 0.75·(20 − 10).
        Quantiles.Type7([40, 10, 30, 20], 0.25).ShouldBe(17.5);
        Quantiles.Type7([10, 20, 30, 40], 1.0 / 3).ShouldBe(20);
    }

    [Fact]
    public void Type7_NoValues_IsNaN()
    {
        double.IsNaN(Quantiles.Type7([double.NaN], 0.5)).ShouldBeTrue();
        double.IsNaN(Quantiles.Type7Sorted([], 0.5)).ShouldBeTrue();
    }

    [Fact]
    public void Type7_ProbabilityOutsideUnitInterval_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Quantiles.Type7([1.0], 1.5));
        Should.Throw<ArgumentOutOfRangeException>(() => Quantiles.Type7([1.0], double.NaN));
    }
}
