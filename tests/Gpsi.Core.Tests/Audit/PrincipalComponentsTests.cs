using Gpsi.Core.Audit;

namespace Gpsi.Core.Tests.Audit;

// Expected values: the 2 × 2 case analytically (a correlation matrix [[1, r], [r, 1]] has eigenvalues 1 ± r and
// eigenvectors (1, ±1)/√2); the 3-variable case from pca_reference.py in tests/Gpsi.Core.Tests/Weighting (power
// iteration with deflation on the correlation matrix, Python stdlib, independent of MathNet).
public sealed class PrincipalComponentsTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void TryFit_TwoPositivelyCorrelated_LoadingsAreOneOverRootTwo()
    {
        // r = 0.8 for x = 1..5, y = 2 1 4 3 5 (Σdxdy = 8, Σdx² = Σdy² = 10).
        double[] columns = [1, 2, 3, 4, 5, 2, 1, 4, 3, 5];

        PrincipalComponents.TryFit(columns, 5, ["x", "y"], true, out var pca, out var problem).ShouldBeTrue(problem);

        pca.Rows.ShouldBe(5);
        pca.Eigenvalues[0].ShouldBe(1.8, 1e-12);
        pca.Eigenvalues[1].ShouldBe(0.2, 1e-12);
        pca.VarianceExplained[0].ShouldBe(0.9, 1e-12);
        pca.Loadings[0][0].ShouldBe(Math.Sqrt(0.5), 1e-12);
        pca.Loadings[0][1].ShouldBe(Math.Sqrt(0.5), 1e-12);
    }

    [Fact]
    public void TryFit_NegativelyCorrelatedPairWithFixedSign_MakesTheFirstLargestLoadingPositive()
    {
        // Loadings (1, −1)/√2 sum to zero: the tie rule keeps the first variable positive.
        double[] columns = [1, 2, 3, 4, 5, 4, 5, 2, 3, 1];

        PrincipalComponents.TryFit(columns, 5, ["x", "y"], true, out var pca, out _).ShouldBeTrue();

        pca.Loadings[0][0].ShouldBe(Math.Sqrt(0.5), 1e-12);
        pca.Loadings[0][1].ShouldBe(-Math.Sqrt(0.5), 1e-12);
    }

    [Fact]
    public void TryFit_ThreeVariables_MatchesPowerIteration()
    {
        double[] columns = [1, 2, 3, 4, 5, 6, 7, 8, 2, 1, 4, 3, 6, 5, 8, 9, 5, 3, 4, 1, 2, 2, 0, 1];

        PrincipalComponents.TryFit(columns, 8, ["a", "b", "c"], true, out var pca, out _).ShouldBeTrue();

        pca.Eigenvalues.ToArray().ShouldBe([2.6405845367462164, 0.32517189607966274, 0.03424356717412134],
            Tolerance);
        pca.VarianceExplained[0].ShouldBe(0.8801948455820722, Tolerance);
        pca.VarianceExplained.Sum().ShouldBe(1, 1e-12);
        pca.Loadings[0].ToArray().ShouldBe([0.6070331368062246, 0.5739875917147726, -0.5495898610570168], Tolerance);
        pca.Loadings[1].ToArray().ShouldBe([0.13558040471185015, 0.6066445879929786, 0.7833264311364708], Tolerance);
        pca.Loadings[2].ToArray().ShouldBe([0.7830253665606048, -0.5500187164236351, 0.2904318971916266], Tolerance);
    }

    [Fact]
    public void TryFit_RawSigns_AreUnitLengthAndMatchUpToSign()
    {
        double[] columns = [1, 2, 3, 4, 5, 6, 7, 8, 2, 1, 4, 3, 6, 5, 8, 9, 5, 3, 4, 1, 2, 2, 0, 1];

        PrincipalComponents.TryFit(columns, 8, ["a", "b", "c"], false, out var raw, out _).ShouldBeTrue();

        raw.SignFixed.ShouldBeFalse();
        raw.Loadings[0].Sum(l => l * l).ShouldBe(1, 1e-12);
        raw.Loadings[0].Select(Math.Abs).ToArray().ShouldBe([0.6070331368062246, 0.5739875917147726,
            0.5495898610570168], Tolerance);
    }

    [Fact]
    public void TryFit_IncompleteRows_AreDroppedListwise()
    {
        // Row 3 has a NaN in y: the fit uses rows 1, 2, 4, 5, 6, where y = 2x exactly.
        double[] columns = [1, 2, 3, 4, 5, 6, 2, 4, double.NaN, 8, 10, 12];

        PrincipalComponents.TryFit(columns, 6, ["x", "y"], true, out var pca, out _).ShouldBeTrue();

        pca.Rows.ShouldBe(5);
        pca.Eigenvalues[0].ShouldBe(2, 1e-12);
    }

    [Fact]
    public void TryFit_ConstantColumn_FailsNamingIt()
    {
        PrincipalComponents.TryFit([1, 2, 3, 4, 7, 7, 7, 7], 4, ["x", "flat"], true, out var pca, out var problem)
            .ShouldBeFalse();

        pca.ShouldBeNull();
        problem.ShouldContain("'flat' is constant");
    }

    [Fact]
    public void TryFit_FewerRowsThanVariablesPlusOne_Fails()
    {
        PrincipalComponents.TryFit([1, 2, 3, 2, 1, 3, 3, 1, 2], 3, ["x", "y", "z"], true, out _, out var problem)
            .ShouldBeFalse();

        problem.ShouldBe("3 complete rows for 3 variables; at least 4 are needed");
    }
}
