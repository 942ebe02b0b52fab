using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Aggregation;

namespace Gpsi.Core.Tests.Aggregation;

// Expected scores come from copeland_reference.py (this folder): COINr's outrankMatrix/a_copeland written out in
// Python as full matrices, independently of the C# kernel; the first two cases were also checked by hand.
public sealed class CopelandTests
{
    private const double N = double.NaN;

    [Fact]
    public void Scores_WeightedWithTies_MatchReference()
    {
        // Units A..D × three children, weights 1:2:1 (→ ¼, ½, ¼). A and D are identical; A–B and B–C, B–D split ½.
        double[] x = [3, 1, 2, 2, 1, 5, 1, 4, 2, 3, 1, 2];
        var scores = new double[4];

        Copeland.Scores(x, [1, 2, 1], scores);

        scores.ShouldBe([-1, 0, 2, -1]);
    }

    [Fact]
    public void Scores_MissingValues_SkipChildrenAndLeaveOutEmptyUnits()
    {
        // C has no value at all: NaN, and nobody is compared with it. A–D: 1 > 0 (⅓) + 3 = 3 (⅙) = ½ exactly.
        double[] x = [1, N, 3, 2, 2, N, N, N, N, 0, 5, 3];
        var scores = new double[4];

        Copeland.Scores(x, [1, 1, 1], scores);

        scores[0].ShouldBe(-1);
        scores[1].ShouldBe(0);
        double.IsNaN(scores[2]).ShouldBeTrue();
        scores[3].ShouldBe(1);
    }

    [Fact]
    public void Scores_NoCommonChild_EarlierUnitLosesAsCoinrDoes()
    {
        // O[A,B] = 0 (nothing comparable) and O[B,A] = 1 − 0 = 1: COINr's rule, kept for parity.
        var scores = new double[2];

        Copeland.Scores([5, N, N, 5], [1, 1], scores);

        scores.ShouldBe([-1, 1]);
    }

    [Fact]
    public void Scores_ZeroWeights_AreAllNaN()
    {
        var scores = new double[2];

        Copeland.Scores([1, 2, 3, 4], [0, 0], scores);

        scores.ShouldAllBe(s => double.IsNaN(s));
    }

    [Fact]
    public void Scores_DyadicWeights_SumToZeroAndStayInRange()
    {
        // Property: with 1, 2, 4 or 8 equal weights every O is exact, so each pair gives +1/−1 or 0/0: the scores of
        // complete units sum to 0 and are integers within ±(n − 1).
        var gen = Gen.Choose(2, 7).SelectMany(units => Gen.Elements(1, 2, 4, 8).SelectMany(children =>
            Gen.ArrayOf(Gen.Choose(0, 4), units * children).Select(v => (Units: units, Children: children, Values: v))));
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var scores = new double[c.Units];
            Copeland.Scores(c.Values.Select(v => (double)v).ToArray(), Enumerable.Repeat(1.0, c.Children).ToArray(),
                scores);
            return scores.Sum() == 0 && scores.All(s => Math.Abs(s) <= c.Units - 1 && s == Math.Round(s));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Scores_AnyWeights_AreIntegersInRangeNeverSummingAboveZero()
    {
        // Property: rounding can only turn a pair into −1/0 (see Scores_RoundingBelowHalf_KeepsCoinrAsymmetry), so
        // the sum is at most 0.
        var gen = Gen.Choose(2, 7).SelectMany(units => Gen.Choose(1, 4).SelectMany(children =>
            Gen.Zip(Gen.ArrayOf(Gen.Choose(0, 4), units * children), Gen.ArrayOf(Gen.Choose(1, 5), children))
                .Select(t => (Units: units, Values: t.Item1, Weights: t.Item2))));
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var scores = new double[c.Units];
            Copeland.Scores(c.Values.Select(v => (double)v).ToArray(), c.Weights.Select(v => (double)v).ToArray(),
                scores);
            return scores.Sum() <= 0 && scores.All(s => Math.Abs(s) <= c.Units - 1 && s == Math.Round(s));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Scores_RoundingBelowHalf_KeepsCoinrAsymmetry()
    {
        // Weights 5:3:2:2 → 5/12, ¼, ⅙, ⅙. A beats B on children 2 and 4 (¼ + ⅙, which rounds to 0.41666666666666663)
        // and ties on child 3 (⅙ / 2): mathematically ½, in double (and in R, whose long-double sums round the same
        // way) 0.49999999999999994, so A scores −1, while 1 − O rounds back to exactly ½ and B scores 0 — found by
        // the property test above; kept for parity with COINr.
        var scores = new double[2];

        Copeland.Scores([1, 2, 0, 2, 4, 0, 0, 0], [5, 3, 2, 2], scores);

        scores.ShouldBe([-1, 0]);
    }

    [Fact]
    public void Scores_WrongShape_Throws()
    {
        Should.Throw<ArgumentException>(() => Copeland.Scores(new double[5], [1, 1], new double[3]));
    }
}
