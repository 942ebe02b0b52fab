using Gpsi.Core.Normalisation;

namespace Gpsi.Core.Tests.Normalisation;

/// <summary>
/// Kernel edge cases, each a counterexample the property tests found before the engine was fixed, pinned here so
/// that they are checked on every run whatever the random seed.
/// </summary>
public sealed class NormalisersTests
{
    [Fact]
    public void MinMax_BoundsWhoseWidthRoundsUp_StaysWithinUpper()
    {
        // (0.2 − (−0.1)) + (−0.1) = 0.20000000000000004 in binary: the maximum would land one ulp above u.
        var y = new double[2];
        Normalisers.MinMax([0, 1], y, -0.1, 0.2).ShouldBeTrue();
        y.ShouldBe([-0.1, 0.2]);
    }

    [Fact]
    public void ZScore_ValuesNearMaxValue_AreStandardised()
    {
        // Σd² would be 2e616: ±∞ without rescaling. mean 0, sd 1e308.
        var y = new double[3];
        Normalisers.ZScore([1e308, -1e308, 0], y, 0, 1).ShouldBeTrue();
        y.ShouldBe([1, -1, 0], 1e-15);
    }

    [Fact]
    public void ZScore_TinyValues_AreStandardised()
    {
        // d² = 1e-400 would underflow to 0 and make sd 0. mean 2e-200, sd 1e-200.
        var y = new double[3];
        Normalisers.ZScore([1e-200, 2e-200, 3e-200], y, 0, 1).ShouldBeTrue();
        y.ShouldBe([-1, 0, 1], 1e-12);
    }

    [Fact]
    public void FractionOfMax_MaxNearZeroBesideHugeNegative_IsDegenerate()
    {
        // −1e300/1e-300 is −1e600: not representable, so NaN and a diagnostic instead of −∞.
        var y = new double[2];
        Normalisers.FractionOfMax([-1e300, 1e-300], y).ShouldBeFalse();
        y.ShouldAllBe(v => double.IsNaN(v));
    }

    [Fact]
    public void DistanceToTarget_TargetJustBelowMin_IsDegenerate()
    {
        var y = new double[3];
        Normalisers.DistanceToTarget([1e-300, 1e300, -1.49e-189], y, -4.09e-151, cap: true).ShouldBeFalse();
        y.ShouldAllBe(v => double.IsNaN(v));
    }

    [Fact]
    public void MinMax_BoundsThatOverflow_AreDegenerate()
    {
        var y = new double[2];
        Normalisers.MinMax([0, 1], y, -1e308, 1e308).ShouldBeFalse();
    }
}
