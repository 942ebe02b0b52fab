using Gpsi.Core.Building;

namespace Gpsi.Data.Tests.Coinr;

/// <summary>
/// The imported ASEM recipe must reproduce COINr 1.1.14's default build (reference/README.md) value for value:
/// every normalised value, score and rank to 1e-9 relative.
/// </summary>
public sealed class AsemReferenceTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    private const double Tolerance = 1e-9;

    private readonly Build _build = Builder.Run(asem.Import.Recipe, asem.Import.Panel);

    [Fact]
    public void Build_AsemDefault_Succeeds()
    {
        _build.Succeeded.ShouldBeTrue(string.Join("\n", _build.Diagnostics));
        _build.Panel.Units.Length.ShouldBe(51);
        _build.Tree!.Indicators.Length.ShouldBe(49);
        _build.Tree.Depth.ShouldBe(4);
    }

    [Fact]
    public void Normalised_AsemDefault_MatchesCoinr()
    {
        var reference = ReferenceTable.Load("A_normalised.csv");
        var normalised = _build.Normalised.ShouldNotBeNull();
        var year = normalised.Years[0];
        var compared = 0;
        foreach (var (unit, column, expected) in reference.Cells())
        {
            AssertClose(normalised.Get(unit, column, year), expected, $"{unit}/{column}");
            compared++;
        }

        compared.ShouldBe(51 * 49);
    }

    [Fact]
    public void Scores_AsemDefault_MatchCoinr()
    {
        var reference = ReferenceTable.Load("A_scores.csv");
        var scores = _build.Scores.ShouldNotBeNull();
        var compared = 0;
        foreach (var (unit, column, expected) in reference.Cells())
        {
            AssertClose(scores.Get(unit, column, scores.Years[0]), expected, $"{unit}/{column}");
            compared++;
        }

        compared.ShouldBe(51 * 11);
    }

    [Fact]
    public void Ranks_AsemDefault_MatchCoinr()
    {
        var reference = ReferenceTable.Load("A_ranks.csv");
        var ranks = _build.Ranks.ShouldNotBeNull();
        foreach (var (unit, column, expected) in reference.Cells())
        {
            ranks.Get(unit, column, ranks.Scores.Years[0]).ShouldBe((int)expected, $"{unit}/{column}");
        }
    }

    private static void AssertClose(double actual, double expected, string what)
    {
        if (double.IsNaN(expected))
        {
            double.IsNaN(actual).ShouldBeTrue(what);
            return;
        }

        var scale = Math.Max(Math.Abs(expected), 1e-300);
        (Math.Abs(actual - expected) / scale).ShouldBeLessThanOrEqualTo(Tolerance, $"{what}: {actual:R} vs {expected:R}");
    }
}
