using Gpsi.Core.Uncertainty;

namespace Gpsi.Core.Tests.Uncertainty;

/// <summary>
/// The estimators against functions with analytic indices: Ishigami (a = 7, b = 0.1; Saltelli et al. 2010) and a
/// linear additive function y = (x1 − ½) + 2·(x2 − ½) + 3·(x3 − ½) on U(0, 1)³, where S_i = ST_i = a_i² / Σ a² = 1/14,
/// 4/14, 9/14. Tolerances are about 3.5 standard deviations of the estimators at that N (measured over repeated designs).
/// The first-order estimator (COINr's, Saltelli 2010) is not centred: its spread grows with the output's mean (e.g. for
/// y = x1 + 2·x2 + 3·x3 its sd at N = 5000 is 0.04 against 0.015 for the centred function), hence the centred function.
/// </summary>
public sealed class SobolIndicesTests
{
    private static readonly double[] IshigamiFirst = [0.3139, 0.4424, 0];
    private static readonly double[] IshigamiTotal = [0.5576, 0.4424, 0.2437];

    private static double Ishigami(ReadOnlySpan<double> u)
    {
        var x1 = -Math.PI + (2 * Math.PI * u[0]);
        var x2 = -Math.PI + (2 * Math.PI * u[1]);
        var x3 = -Math.PI + (2 * Math.PI * u[2]);
        return Math.Sin(x1) + (7 * Math.Pow(Math.Sin(x2), 2)) + (0.1 * Math.Pow(x3, 4) * Math.Sin(x1));
    }

    private static double Linear(ReadOnlySpan<double> u) => (u[0] - 0.5) + (2 * (u[1] - 0.5)) + (3 * (u[2] - 0.5));

    private static SobolEstimate Run(Func<double[], double> f, int n, int d, int seed, int bootstrap)
    {
        var design = SaltelliDesign.Create(n, d, seed);
        var y = new double[design.Rows];
        for (var r = 0; r < design.Rows; r++)
        {
            y[r] = f(design.Draws.AsSpan(r * d, d).ToArray());
        }

        return SobolIndices.Estimate(y, n, d, bootstrap, seed);
    }

    [Fact]
    public void Estimate_Ishigami_N20000_WithinTolerance_AndIntervalsContainTheTruth()
    {
        var estimate = Run(u => Ishigami(u), 20000, 3, seed: 42, bootstrap: 500);

        // Var(y) = a²/8 + b·π⁴/5 + b²·π⁸/18 + 1/2 = 13.8446.
        estimate.Variance.ShouldBe(13.8446, 0.3);
        for (var i = 0; i < 3; i++)
        {
            var s = estimate.Indices[i];
            // sd at N = 20000: S ≈ 0.01, ST ≤ 0.011.
            s.First.ShouldBe(IshigamiFirst[i], 0.035, $"S{i + 1}");
            s.Total.ShouldBe(IshigamiTotal[i], 0.04, $"ST{i + 1}");
            (s.FirstLow <= IshigamiFirst[i] && IshigamiFirst[i] <= s.FirstHigh).ShouldBeTrue($"S{i + 1}: [{s.FirstLow}, {s.FirstHigh}]");
            (s.TotalLow <= IshigamiTotal[i] && IshigamiTotal[i] <= s.TotalHigh).ShouldBeTrue($"ST{i + 1}: [{s.TotalLow}, {s.TotalHigh}]");
            (s.FirstLow <= s.First && s.First <= s.FirstHigh).ShouldBeTrue();
        }
    }

    [Fact]
    public void Estimate_Linear_N5000_MatchesAnalyticIndices()
    {
        double[] truth = [1 / 14.0, 4 / 14.0, 9 / 14.0];

        var estimate = Run(u => Linear(u), 5000, 3, seed: 3, bootstrap: 200);

        estimate.Variance.ShouldBe(14 / 12.0, 0.05);
        for (var i = 0; i < 3; i++)
        {
            // sd at N = 5000: S 0.006, 0.009, 0.015; ST 0.001, 0.005, 0.014.
            estimate.Indices[i].First.ShouldBe(truth[i], 0.05, $"S{i + 1}");
            estimate.Indices[i].Total.ShouldBe(truth[i], 0.05, $"ST{i + 1}");
            estimate.Indices[i].TotalLow.ShouldBeLessThanOrEqualTo(truth[i]);
            estimate.Indices[i].TotalHigh.ShouldBeGreaterThanOrEqualTo(truth[i]);
        }
    }

    [Fact]
    public void Estimate_Linear_IntervalsCoverTheTruthMostOfTheTime()
    {
        // 90% intervals: over 100 independent designs each should contain the truth about 90 times. Binomial(100, 0.9)
        // is within [78, 98] with probability > 0.999; the bootstrap keeps V fixed, so coverage may be a little low.
        double[] truth = [1 / 14.0, 4 / 14.0, 9 / 14.0];
        var first = new int[3];
        var total = new int[3];
        for (var seed = 0; seed < 100; seed++)
        {
            var estimate = Run(u => Linear(u), 300, 3, seed, bootstrap: 200);
            for (var i = 0; i < 3; i++)
            {
                var s = estimate.Indices[i];
                first[i] += s.FirstLow <= truth[i] && truth[i] <= s.FirstHigh ? 1 : 0;
                total[i] += s.TotalLow <= truth[i] && truth[i] <= s.TotalHigh ? 1 : 0;
            }
        }

        first.ShouldAllBe(c => c >= 78 && c <= 98, string.Join(", ", first));
        total.ShouldAllBe(c => c >= 78 && c <= 98, string.Join(", ", total));
    }

    [Fact]
    public void Estimate_SameSeed_SameResult_OtherSeed_OtherIntervals()
    {
        var a = Run(u => Ishigami(u), 500, 3, seed: 5, bootstrap: 100);
        var b = Run(u => Ishigami(u), 500, 3, seed: 5, bootstrap: 100);
        var design = SaltelliDesign.Create(500, 3, 5);
        var y = Enumerable.Range(0, design.Rows).Select(r => Ishigami(design.Draws.AsSpan(r * 3, 3))).ToArray();
        var c = SobolIndices.Estimate(y, 500, 3, 100, seed: 6);

        b.Indices.ShouldBe(a.Indices);
        c.Indices.Select(i => i.First).ShouldBe(a.Indices.Select(i => i.First));
        c.Indices.Select(i => i.FirstLow).ShouldNotBe(a.Indices.Select(i => i.FirstLow));
    }

    [Fact]
    public void Estimate_OneFactor_BothIndicesNearOne()
    {
        // With d = 1, AB_1 = B. sd at N = 2000 of either index for y = x − ½: 0.025.
        var estimate = Run(u => u[0] - 0.5, 2000, 1, seed: 9, bootstrap: 0);

        estimate.Indices[0].First.ShouldBe(1, 0.1);
        estimate.Indices[0].Total.ShouldBe(1, 0.1);
        double.IsNaN(estimate.Indices[0].FirstLow).ShouldBeTrue();
    }

    [Fact]
    public void Estimate_HandComputed_MatchesTheFormulas()
    {
        // N = 2, d = 1: yA = (1, 3), yB = (2, 6), yAB1 = (2, 4). V = var(1, 3, 2, 6) = 14/3.
        double[] y = [1, 3, 2, 6, 2, 4];

        var s = SobolIndices.Estimate(y, 2, 1, 0, 0).Indices[0];

        // S = mean(2·(2−1), 6·(4−3)) / V = 4 / (14/3); ST = ((1−2)² + (3−4)²) / (2·2·V) = 2 / (56/3).
        s.First.ShouldBe(4 / (14 / 3.0), 1e-12);
        s.Total.ShouldBe(2 / (56 / 3.0), 1e-12);
    }

    [Fact]
    public void Estimate_ConstantOutput_IsNaN()
    {
        var s = SobolIndices.Estimate(new double[8], 2, 2, 10, 0).Indices;

        s.ShouldAllBe(i => double.IsNaN(i.First) && double.IsNaN(i.Total) && double.IsNaN(i.TotalHigh));
    }
}
