using System.Numerics;

namespace Gpsi.Core.Results;

/// <summary>
/// Ranks scores: highest = 1, ties share the minimum rank, NaN gets 0 (no rank). Like COINr
/// (<c>rank(-x, ties.method = "min", na.last = "keep")</c>) scores are compared exactly: two scores that are
/// mathematically equal but differ in the last bit get different ranks. GPSI keeps that rule so that ranks match
/// COINr line by line; the build log states it.
/// </summary>
public static class Ranking
{
    /// <summary>Writes into <paramref name="ranks"/> the rank of each element of <paramref name="scores"/>.</summary>
    /// <param name="scores">Scores, NaN where missing.</param>
    /// <param name="ranks">Output, same length.</param>
    /// <param name="order">Scratch space of the same length (no allocation in the loop).</param>
    public static void Rank(ReadOnlySpan<double> scores, Span<int> ranks, Span<int> order)
    {
        if (ranks.Length != scores.Length || order.Length != scores.Length)
        {
            throw new ArgumentException("Spans must have the same length.", nameof(ranks));
        }

        if (scores.Length <= 512 && Vector.IsHardwareAccelerated)
        {
            RankByCounting(scores, ranks);
            return;
        }

        var n = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                ranks[i] = 0;
            }
            else
            {
                order[n++] = i;
            }
        }

        // Sort by descending score (introsort on negated keys; no allocation up to 512 units).
        var idx = order[..n];
        var keys = n <= 512 ? stackalloc double[n] : new double[n];
        for (var k = 0; k < n; k++)
        {
            keys[k] = -scores[idx[k]];
        }

        keys.Sort(idx);
        for (var k = 0; k < n; k++)
        {
            ranks[idx[k]] = k > 0 && scores[idx[k]] == scores[idx[k - 1]] ? ranks[idx[k - 1]] : k + 1;
        }
    }

    /// <summary>
    /// rank = 1 + the number of scores strictly higher (NaN is never higher), four comparisons at a time: the same
    /// ranks as sorting, ties at the minimum, and faster than a sort for a few hundred units.
    /// </summary>
    private static void RankByCounting(ReadOnlySpan<double> scores, Span<int> ranks)
    {
        var width = Vector<double>.Count;
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            if (double.IsNaN(s))
            {
                ranks[i] = 0;
                continue;
            }

            var pivot = new Vector<double>(s);
            var higher = Vector<long>.Zero;
            var j = 0;
            for (; j <= scores.Length - width; j += width)
            {
                higher -= Vector.GreaterThan(new Vector<double>(scores[j..]), pivot);
            }

            var count = Vector.Sum(higher);
            for (; j < scores.Length; j++)
            {
                count += scores[j] > s ? 1 : 0;
            }

            ranks[i] = (int)count + 1;
        }
    }
}
