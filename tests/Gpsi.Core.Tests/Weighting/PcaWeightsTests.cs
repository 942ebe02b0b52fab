using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Tests.Weighting;

// Expected loadings and scores: pca_reference.py (this folder), power iteration on the correlation matrix of the
// complete rows in Python, independent of MathNet.
public sealed class PcaWeightsTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Run_PcaThenAmean_UsesPooledPc1LoadingsAsWeights()
    {
        var build = Builder.Run(WeightingFixtures.Recipe(new WeightingMethod.Pca()), WeightingFixtures.Panel());

        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        var tree = build.Tree!;
        // Group P: 7 complete rows (8 pooled cells, b missing once); c loads negatively.
        build.Weights[tree.IndexOf("a")].ShouldBe(0.5804350357032388, Tolerance);
        build.Weights[tree.IndexOf("b")].ShouldBe(0.5789611215536242, Tolerance);
        build.Weights[tree.IndexOf("c")].ShouldBe(-0.57262482399696, Tolerance);
        build.Weights[tree.IndexOf("d")].ShouldBe(Math.Sqrt(0.5), Tolerance);
        build.Weights[tree.IndexOf("e")].ShouldBe(Math.Sqrt(0.5), Tolerance);
        build.Weights[tree.IndexOf("Q")].ShouldBe(3); // higher levels keep their weights
        build.Scores!.Get("U1", "P", 2020).ShouldBe(0.034907647423420785, Tolerance);
        build.Scores.Get("U2", "P", 2021).ShouldBe(149.6349045408366, Tolerance); // b missing: its weight drops out
        build.Diagnostics.ShouldContain(d => d.Code == "weight.pca-negative" && d.Found == "P");
        var log = build.Log.Single(r => r.Kind == "weight").Summary;
        log.ShouldContain("sum positive");
        log.ShouldContain("P (7 rows");
        log.ShouldContain("pooled over 2 year(s)");
    }

    [Fact]
    public void Run_RawSigns_GiveTheSameLoadingsUpToSign()
    {
        var fixedSign = Builder.Run(WeightingFixtures.Recipe(new WeightingMethod.Pca()), WeightingFixtures.Panel());
        var raw = Builder.Run(WeightingFixtures.Recipe(new WeightingMethod.Pca(FixSign: false)),
            WeightingFixtures.Panel());

        raw.Succeeded.ShouldBeTrue();
        for (var i = 0; i < 5; i++)
        {
            Math.Abs(raw.Weights[i]).ShouldBe(Math.Abs(fixedSign.Weights[i]), Tolerance);
        }

        raw.Log.Single(r => r.Kind == "weight").Summary.ShouldContain("raw signs");
    }

    [Fact]
    public void Run_ConstantIndicator_WarnsAndKeepsGroupWeights()
    {
        var build = Builder.Run(WeightingFixtures.Recipe(new WeightingMethod.Pca()),
            WeightingFixtures.Panel(e: [4, 4, 4, 4, 4, 4, 4, 4]));

        build.Succeeded.ShouldBeTrue();
        var tree = build.Tree!;
        build.Weights[tree.IndexOf("d")].ShouldBe(1);
        build.Weights[tree.IndexOf("e")].ShouldBe(1);
        build.Weights[tree.IndexOf("a")].ShouldBe(0.5804350357032388, Tolerance);
        build.Diagnostics.ShouldContain(d => d.Severity == Severity.Warning && d.Code == "weight.pca-failed" &&
            d.Message.Contains("'e' is constant"));
    }

    [Fact]
    public void Run_TooFewCompleteRows_WarnsAndKeepsGroupWeights()
    {
        // d, e share two complete rows; a PCA of two variables needs at least three.
        const double N = double.NaN;
        var build = Builder.Run(WeightingFixtures.Recipe(new WeightingMethod.Pca()),
            WeightingFixtures.Panel(e: [1, 3, N, N, N, N, N, N]));

        build.Weights[build.Tree!.IndexOf("e")].ShouldBe(1);
        build.Diagnostics.ShouldContain(d => d.Code == "weight.pca-failed" && d.Message.Contains("2 complete rows"));
    }
}
