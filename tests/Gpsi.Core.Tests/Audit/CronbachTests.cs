using Gpsi.Core.Audit;

namespace Gpsi.Core.Tests.Audit;

// Expected α: audit_reference.py (this folder), k/(k − 1)·(1 − tr C/ΣC) with C the pairwise covariance matrix.
public sealed class CronbachTests
{
    [Fact]
    public void Alpha_PairwiseCovariance_MatchesReference()
    {
        double[] columns = [1, 2, 3, 4, 5, 6, 2, 2, 4, 3, 6, 5, 1, double.NaN, 2, 4, 4, 6];

        Cronbach.Alpha(columns, 6).ShouldBe(0.9329962073324904, 1e-13);
    }

    [Fact]
    public void Alpha_IdenticalColumns_IsOne()
    {
        Cronbach.Alpha([1, 2, 4, 1, 2, 4], 3).ShouldBe(1, 1e-15);
    }

    [Fact]
    public void Alpha_SingleColumn_IsNaN()
    {
        double.IsNaN(Cronbach.Alpha([1, 2, 3], 3)).ShouldBeTrue();
    }

    [Fact]
    public void Alpha_RaggedLayout_Throws()
    {
        Should.Throw<ArgumentException>(() => Cronbach.Alpha([1, 2, 3, 4, 5], 2));
    }
}
