using Gpsi.Core.Audit;

namespace Gpsi.Core.Tests.Audit;

// Expected values: audit_reference.py (this folder): type-7 quartiles, Tukey fences, e1071 type-2 skew/kurtosis.
public sealed class IndicatorStatisticsTests
{
    private static readonly string[] Units = [.. Enumerable.Range(1, 10).Select(i => $"U{i}")];

    [Fact]
    public void Compute_SkewedColumnWithNaN_MatchesReference()
    {
        double[] values = [1, 2, 2, 3, 4, double.NaN, 5, 0, 30, 3];

        var s = IndicatorStatistics.Compute("x", values, Units);

        s.Units.ShouldBe(10);
        s.Available.ShouldBe(9);
        s.Availability.ShouldBe(0.9);
        s.Min.ShouldBe(0);
        s.Max.ShouldBe(30);
        s.Mean.ShouldBe(5.555555555555555, 1e-14);
        s.Median.ShouldBe(3);
        s.StandardDeviation.ShouldBe(9.288583195395182, 1e-13);
        s.Skewness.ShouldBe(2.850325467190096, 1e-12);
        s.Kurtosis.ShouldBe(8.340851321856034, 1e-12);
        s.NonZero.ShouldBe(8);
        s.Unique.ShouldBe(7);
        s.LowerQuartile.ShouldBe(2);
        s.UpperQuartile.ShouldBe(4);
        s.Outliers.ShouldBe(["U9"]); // fences 2 − 3 = −1 and 4 + 3 = 7
        s.OutlierCount.ShouldBe(1);
        s.LowAvailability.ShouldBeFalse();
        s.LowNonZero.ShouldBeFalse();
        s.LowUnique.ShouldBeFalse();
        s.SkewKurtOutlier.ShouldBe(true);
    }

    [Fact]
    public void Compute_SparseColumn_RaisesCoinrFlags()
    {
        // 6 of 10 available (< 0.65), 2 non-zero of 10 units (< 0.5), 3 distinct of 10 (< 0.5).
        double[] values = [0, 0, 0, 0, 1, 2, double.NaN, double.NaN, double.NaN, double.NaN];

        var s = IndicatorStatistics.Compute("x", values, Units);

        s.LowAvailability.ShouldBeTrue();
        s.LowNonZero.ShouldBeTrue();
        s.LowUnique.ShouldBeTrue();
        s.SkewKurtOutlier.ShouldBe(false);
        s.Outliers.ShouldBe(["U6"]); // Q1 = 0, Q3 = 0.75: the upper fence is 1.875
    }

    [Fact]
    public void Compute_TooFewValuesForShape_FollowsThreeValuedLogic()
    {
        string[] units = ["A", "B", "C"];

        // Two values: skew and kurt undefined → NA in COINr → null.
        IndicatorStatistics.Compute("x", [1, 2, double.NaN], units).SkewKurtOutlier.ShouldBeNull();
        // Three values: kurt undefined but |skew| ≤ 2, so "NA & FALSE" is FALSE.
        IndicatorStatistics.Compute("x", [1, 1, 10], units).SkewKurtOutlier.ShouldBe(false);
    }

    [Fact]
    public void Compute_MismatchedUnits_Throws()
    {
        Should.Throw<ArgumentException>(() => IndicatorStatistics.Compute("x", [1, 2], ["A"]));
    }
}
