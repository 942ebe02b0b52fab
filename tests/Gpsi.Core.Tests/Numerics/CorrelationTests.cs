using Gpsi.Core.Numerics;

namespace Gpsi.Core.Tests.Numerics;

// Expected values: audit_reference.py in tests/Gpsi.Core.Tests/Audit (Python stdlib, written independently).
public sealed class CorrelationTests
{
    private const double N = double.NaN;

    // Complete pairs are positions 0, 2, 4, 5, 6: x = 1 2 5 2 3 (tie), y = 2 3 3 9 1 (tie).
    private static readonly double[] X = [1, 2, 2, N, 5, 2, 3];
    private static readonly double[] Y = [2, N, 3, 4, 3, 9, 1];

    [Fact]
    public void Pearson_PairwiseComplete_MatchesReference()
    {
        Correlation.Pearson(X, Y).ShouldBe(-0.14744195615489714, 1e-14);
    }

    [Fact]
    public void Spearman_TiesAndNaN_RanksTheCompletePairsOnly()
    {
        // Ranking all available x (5 values, before dropping y's NaN) would give −0.0416; R ranks complete pairs.
        Correlation.Spearman(X, Y).ShouldBe(-0.02631578947368421, 1e-14);
    }

    [Fact]
    public void Covariance_PairwiseComplete_UsesNMinusOne()
    {
        Correlation.Covariance(X, Y).ShouldBe(-0.7, 1e-14);
    }

    [Fact]
    public void Pearson_ConstantOrTooFew_IsNaN()
    {
        double.IsNaN(Correlation.Pearson([1, 1, 1], [1, 2, 3])).ShouldBeTrue();
        double.IsNaN(Correlation.Pearson([1, N, 3], [1, 2, N])).ShouldBeTrue();
        double.IsNaN(Correlation.Spearman([1, 2], [N, 1])).ShouldBeTrue();
    }

    [Fact]
    public void Spearman_MonotoneTransform_IsOne()
    {
        Correlation.Spearman([1, 2, 3, 4], [1, 8, 27, 1000]).ShouldBe(1, 1e-15);
    }

    [Fact]
    public void Pearson_DifferentLengths_Throws()
    {
        Should.Throw<ArgumentException>(() => Correlation.Pearson([1, 2], [1]));
    }
}
