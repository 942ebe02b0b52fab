using Gpsi.Core.Uncertainty;

namespace Gpsi.Core.Tests.Uncertainty;

public sealed class SensitivityAnalysisTests
{
    [Fact]
    public void MeanAbsoluteRankShift_SkipsUnitsUnrankedInEither()
    {
        // |2−1| + |1−2| over the two units ranked in both; unit 3 unranked in the replication, unit 4 nominally.
        SensitivityAnalysis.MeanAbsoluteRankShift([2, 1, 0, 3], [1, 2, 3, 0]).ShouldBe(1);
        SensitivityAnalysis.MeanAbsoluteRankShift([1, 2, 4, 3], [1, 2, 3, 4]).ShouldBe(0.5);
    }

    [Fact]
    public void MeanAbsoluteRankShift_NoUnitRankedInBoth_IsNaN() =>
        double.IsNaN(SensitivityAnalysis.MeanAbsoluteRankShift([0, 1], [1, 0])).ShouldBeTrue();
}
