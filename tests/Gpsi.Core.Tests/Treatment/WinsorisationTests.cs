using Gpsi.Core.Treatment;

namespace Gpsi.Core.Tests.Treatment;

/// <summary>
/// The COINr default treatment kernel. Every expected number was computed by an independent Python implementation
/// of COINr's R code (Reference/coinr_treat.py, stdlib only, exactly rounded sums), not by the C# code; the
/// statistics therefore agree to ~1e-12 rather than bit for bit.
/// </summary>
public sealed class WinsorisationTests
{
    private const double Tolerance = 1e-12;

    private static double[] Range(int from, int to) => [.. Enumerable.Range(from, to - from + 1).Select(i => (double)i)];

    private static (double[] Values, sbyte[] Marks, WinsorisationResult Result) Run(double[] x, int limit = 5)
    {
        var y = new double[x.Length];
        var marks = new sbyte[x.Length];
        var result = Winsorisation.Treat(x, y, marks, limit, 2, 3.5);
        return (y, marks, result);
    }

    private static void ShouldBeClose(double actual, double expected) =>
        actual.ShouldBe(expected, Tolerance * Math.Max(1, Math.Abs(expected)));

    private static void ShouldHaveShape(WinsorisationResult r, double skew0, double kurt0, double skew1, double kurt1)
    {
        ShouldBeClose(r.SkewBefore, skew0);
        ShouldBeClose(r.KurtosisBefore, kurt0);
        ShouldBeClose(r.SkewAfter, skew1);
        ShouldBeClose(r.KurtosisAfter, kurt1);
    }

    [Fact]
    public void Treat_PassingValues_LeavesThemUntouched()
    {
        var x = Range(1, 10);
        var (y, marks, r) = Run(x);
        r.Transform.ShouldBe(Winsorisation.NoTransform);
        r.Passed.ShouldBe(true);
        r.WinsorisedCount.ShouldBe(0);
        y.ShouldBe(x);
        marks.ShouldAllBe(m => m == 0);
        ShouldHaveShape(r, 0, -1.1999999999999997, 0, -1.1999999999999997);
    }

    [Fact]
    public void Treat_OneHighOutlier_PullsItDownToTheNextHighest()
    {
        double[] x = [.. Range(1, 14), 40];
        var (y, marks, r) = Run(x);
        r.Transform.ShouldBe(Winsorisation.Winsorised);
        r.Passed.ShouldBe(true);
        r.WinsorisedCount.ShouldBe(1);
        y.ShouldBe([.. Range(1, 14), 14]);
        marks[14].ShouldBe((sbyte)1);
        marks.Count(m => m != 0).ShouldBe(1);
        ShouldHaveShape(r, 2.6854307776478734, 8.811834319526625, -0.07286818833864595, -1.2844148858134872);
    }

    [Fact]
    public void Treat_TiedMaxima_AreReplacedTogetherAndCountTwice()
    {
        double[] x = [.. Range(1, 18), 60, 60];
        var (y, marks, r) = Run(x);
        r.Transform.ShouldBe(Winsorisation.Winsorised);
        r.WinsorisedCount.ShouldBe(2);
        y.ShouldBe([.. Range(1, 18), 18, 18]);
        marks[18].ShouldBe((sbyte)1);
        marks[19].ShouldBe((sbyte)1);
        ShouldHaveShape(r, 2.3860783954232234, 5.212762474757417, -0.11162785439266962, -1.3063566762722982);
    }

    [Fact]
    public void Treat_NegativeSkew_PullsTheMinimumUp()
    {
        double[] x = [-40, .. Range(1, 14)];
        var (y, marks, r) = Run(x);
        r.Transform.ShouldBe(Winsorisation.Winsorised);
        r.WinsorisedCount.ShouldBe(1);
        y.ShouldBe([1, .. Range(1, 14)]);
        marks[0].ShouldBe((sbyte)-1);
        ShouldHaveShape(r, -3.237814077429401, 11.598720000000002, 0.07286818833864595, -1.2844148858134872);
    }

    [Fact]
    public void Treat_SkewSignFlipsAfterFirstPoint_WinsorisesBothEnds()
    {
        // Skew is re-evaluated every iteration: first 200 is pulled down, then the skew turns negative and −100 up.
        double[] x = [-100, .. Range(1, 20), 200];
        var (y, marks, r) = Run(x);
        r.Transform.ShouldBe(Winsorisation.Winsorised);
        r.WinsorisedCount.ShouldBe(2);
        y.ShouldBe([1, .. Range(1, 20), 20]);
        marks[0].ShouldBe((sbyte)-1);
        marks[21].ShouldBe((sbyte)1);
        ShouldHaveShape(r, 2.327608185119018, 12.733100660176325, 0, -1.29272731660046);
    }

    [Fact]
    public void Treat_WinsorisingCannotFix_AppliesLogCTToTheOriginalEvenIfStillFailing()
    {
        double[] x = [.. Range(1, 50), 200, 400, 800, 1600, 3200, 6400, 12800];
        var (y, marks, r) = Run(x);
        r.Transform.ShouldBe(Winsorisation.LogTransform);
        r.Passed.ShouldBe(false);
        r.WinsorisedCount.ShouldBe(0);
        marks.ShouldAllBe(m => m == 0);
        ShouldBeClose(y[0], 4.851952135867701); // log(0.01·12799): the minimum
        ShouldBeClose(y[28], 5.049791902630777);
        ShouldBeClose(y[^1], 9.46707265270896); // log(12799 + 127.99): the ORIGINAL maximum, not a winsorised one
        ShouldHaveShape(r, 5.5128458439964625, 32.71171379764896, 3.2088886807456833, 9.940690929899123);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Treat_LimitReachedWhileFailing_FallsBackToLogCT(int limit)
    {
        double[] x = [.. Range(1, 20), 60, 100];
        var (y, marks, r) = Run(x, limit);
        r.Transform.ShouldBe(Winsorisation.LogTransform);
        r.Passed.ShouldBe(true);
        marks.ShouldAllBe(m => m == 0);
        ShouldBeClose(y[0], -0.01005033585350145); // log(0.99)
        ShouldBeClose(y[11], 2.4840729690394228);
        ShouldBeClose(y[^1], 4.605070180987758); // log(99.99)
        ShouldHaveShape(r, 3.1024071412952483, 10.255016673112019, -0.07524180365261732, 1.082060411395806);
    }

    [Fact]
    public void Treat_LimitAllowsTwo_WinsorisesTwo()
    {
        double[] x = [.. Range(1, 20), 60, 100];
        var (y, marks, r) = Run(x, 2);
        r.Transform.ShouldBe(Winsorisation.Winsorised);
        r.WinsorisedCount.ShouldBe(2);
        y.ShouldBe([.. Range(1, 20), 20, 20]);
        marks[20].ShouldBe((sbyte)1);
        marks[21].ShouldBe((sbyte)1);
        ShouldHaveShape(r, 3.1024071412952483, 10.255016673112019, -0.09449573196380337, -1.2937726367728533);
    }

    [Fact]
    public void Treat_TiesAtTheLimit_OvershootItAsCOINrDoes()
    {
        // Limit 2: 5000 → 500 (count 1), then all three 500s → 30 (count 3 > 2), checked only at the loop's top.
        double[] x = [.. Range(1, 30), 500, 500, 5000];
        var (y, marks, r) = Run(x, 2);
        r.Transform.ShouldBe(Winsorisation.Winsorised);
        r.WinsorisedCount.ShouldBe(3);
        y.ShouldBe([.. Range(1, 30), 30, 30, 30]);
        marks.Skip(30).ShouldAllBe(m => m == 1);
        ShouldHaveShape(r, 5.58739307460753, 31.68933523641297, -0.08380607085459697, -1.2814532652472141);
    }

    [Fact]
    public void Treat_MissingValues_AreIgnoredAndStayMissing()
    {
        double[] x = [1, double.NaN, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, double.NaN, 14, 40];
        var (y, marks, r) = Run(x);
        r.Transform.ShouldBe(Winsorisation.Winsorised);
        double.IsNaN(y[1]).ShouldBeTrue();
        double.IsNaN(y[14]).ShouldBeTrue();
        y[16].ShouldBe(14);
        marks[16].ShouldBe((sbyte)1);
        marks.Count(m => m != 0).ShouldBe(1);
        ShouldHaveShape(r, 2.6854307776478734, 8.811834319526625, -0.07286818833864595, -1.2844148858134872);
    }

    [Fact]
    public void Treat_MissingValuesWithLogCT_StayMissing()
    {
        double[] x = [1, 2, double.NaN, 11];
        var y = new double[4];
        Winsorisation.LogCT(x, y);
        y[0].ShouldBe(Math.Log(0.1), Tolerance);
        y[1].ShouldBe(Math.Log(1.1), Tolerance);
        double.IsNaN(y[2]).ShouldBeTrue();
        y[3].ShouldBe(Math.Log(10.1), Tolerance);
    }

    [Theory]
    [InlineData(new[] { 1.0, double.NaN, 5.0 })]
    [InlineData(new[] { 2.0, 2.0, 2.0, 2.0, 2.0 })]
    [InlineData(new double[0])]
    public void Treat_TooFewOrConstantValues_IsUndeterminedAndUntouched(double[] x)
    {
        var (y, marks, r) = Run(x);
        r.Passed.ShouldBeNull();
        r.Transform.ShouldBe(Winsorisation.NoTransform);
        y.ShouldBe(x);
        marks.ShouldAllBe(m => m == 0);
    }

    [Fact]
    public void Treat_WinsorisingMakesValuesConstant_ReturnsTheOriginal()
    {
        // 100 → 1 leaves nine equal values: skew is NaN, R's while() errors and Treat keeps the column untreated.
        double[] x = [1, 1, 1, 1, 1, 1, 1, 1, 1, 100];
        var (y, marks, r) = Run(x);
        r.Passed.ShouldBeNull();
        r.Transform.ShouldBe(Winsorisation.NoTransform);
        y.ShouldBe(x);
        marks.ShouldAllBe(m => m == 0);
        ShouldHaveShape(r, 3.1622776601683804, 10.000000000000002, 3.1622776601683804, 10.000000000000002);
    }

    [Theory]
    [InlineData(1.99, 100, true)]
    [InlineData(-1.99, 100, true)]
    [InlineData(5, 3.49, true)]
    [InlineData(2, 3.5, false)] // both comparisons are strict
    [InlineData(-2, 3.5, false)]
    [InlineData(double.NaN, 1, true)] // NA | TRUE = TRUE
    [InlineData(1, double.NaN, true)]
    [InlineData(double.NaN, 5, null)] // NA | FALSE = NA
    [InlineData(3, double.NaN, null)]
    public void Passes_ThresholdsAndNaN_FollowRsThreeValuedOr(double skew, double kurt, bool? expected) =>
        Winsorisation.Passes(skew, kurt, 2, 3.5).ShouldBe(expected);

    [Fact]
    public void Treat_SpansOfDifferentLength_Throws() =>
        Should.Throw<ArgumentException>(() => Winsorisation.Treat(new double[3], new double[2], new sbyte[3], 5, 2, 3.5));

    [Fact]
    public void Treat_NegativeLimit_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() =>
            Winsorisation.Treat(new double[3], new double[3], new sbyte[3], -1, 2, 3.5));
}
