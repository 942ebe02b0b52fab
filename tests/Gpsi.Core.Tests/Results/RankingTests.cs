using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Results;

namespace Gpsi.Core.Tests.Results;

/// <summary>
/// Ranks as COINr's <c>rank(-x, ties.method = "min", na.last = "keep")</c>: highest = 1, ties share the minimum
/// rank, NaN → 0 (no rank).
/// </summary>
public sealed class RankingTests
{
    private static int[] Rank(double[] scores)
    {
        var ranks = new int[scores.Length];
        Ranking.Rank(scores, ranks, new int[scores.Length]);
        return ranks;
    }

    [Fact]
    public void Rank_TiesAndNaN_ShareTheMinimumAndGetZero() =>
        Rank([3, double.NaN, 5, 3, 1]).ShouldBe([2, 0, 1, 2, 4]);

    [Fact]
    public void Rank_AllTied_AllFirst() => Rank([7, 7, 7]).ShouldBe([1, 1, 1]);

    [Fact]
    public void Rank_AllMissing_AllZero() => Rank([double.NaN, double.NaN]).ShouldBe([0, 0]);

    [Fact]
    public void Rank_NearlyEqualScores_AreComparedExactly() =>
        // 0.1 + 0.2 ≠ 0.3 in binary: COINr ranks them apart, and so does GPSI.
        Rank([0.1 + 0.2, 0.3]).ShouldBe([1, 2]);

    [Fact]
    public void Rank_SpansOfDifferentLength_Throws() =>
        Should.Throw<ArgumentException>(() => Ranking.Rank(new double[2], new int[3], new int[2]));

    [Fact]
    public void Rank_DistinctScores_IsAPermutation() =>
        Prop.ForAll(Gen.Choose(0, 60).SelectMany(n => Gen.Shuffle(Enumerable.Range(0, n)))
            .Select(p => p.Select(i => (i * 1.5) - 20).ToArray()).ToArbitrary(), scores =>
        {
            var ranks = Rank(scores);
            return ranks.Order().SequenceEqual(Enumerable.Range(1, scores.Length));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Rank_AnyScores_IsOnePlusTheNumberStrictlyHigher() =>
        // Small integer scores force many ties; NaN is one of the elements.
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(double.NaN, -1, 0, 1, 2, 2.5, 3)).ToArbitrary(), scores =>
        {
            var ranks = Rank(scores);
            return scores.Select((s, i) => double.IsNaN(s)
                ? ranks[i] == 0
                : ranks[i] == 1 + scores.Count(o => o > s)).All(ok => ok);
        }).QuickCheckThrowOnFailure();
}
