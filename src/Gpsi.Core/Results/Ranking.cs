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
}
