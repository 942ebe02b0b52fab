using System.Collections.Immutable;

namespace Gpsi.Core.Aggregation;

/// <summary>
/// Weighted Copeland outranking across units; COINr <c>outrankMatrix</c> + <c>a_copeland</c>. Unlike the other
/// aggregations it scores a unit against all the others, so it works on a whole group (one year) at once.
/// </summary>
/// <remarks>
/// With weights normalised to sum 1, for units i &lt; j: O[i,j] = Σ_{k: x_ik &gt; x_jk} w_k + ½·Σ_{k: x_ik = x_jk} w_k
/// over the children available for both, and O[j,i] = 1 − O[i,j] (COINr's rule, kept even when missing children make
/// O[i,j] + O[j,i] fall short of 1, so the earlier unit "loses" the weight no one could compare). A unit's score is
/// Σ_j sign(O[i,j] − ½): an integer in [−(n−1), n−1] over the n units compared. Deviation from COINr: a unit with no
/// available child gets NaN and takes no part in the comparisons (COINr compares it anyway and gives it, and everyone
/// else, a meaningless score). Parity note: O is compared with ½ exactly, after the same roundings as R (weights
/// divided by their sum, each part summed to the nearest double), so a pair that ties mathematically can land a bit
/// below ½ and score −1 for the earlier unit and 0 for the later one (1 − O rounds back to ½); COINr does the same.
/// </remarks>
public static class Copeland
{
    /// <summary>
    /// Copeland scores of one group: <paramref name="x"/> holds each unit's children, laid out [unit][child]
    /// (<paramref name="w"/>.Length children per unit), NaN where missing; one score per unit goes to
    /// <paramref name="scores"/>. Units whose children are all NaN get NaN. Weights are relative (divided by their sum,
    /// which may include negative PCA loadings); when they sum to zero or are not finite every score is NaN.
    /// Allocates nothing for up to 256 children.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not hold one row of children per score.</exception>
    public static void Scores(ReadOnlySpan<double> x, ReadOnlySpan<double> w, Span<double> scores)
    {
        var k = w.Length;
        var units = scores.Length;
        if (x.Length != k * units)
        {
            throw new ArgumentException($"Expected {k * units} values ({units} units × {k} children), got {x.Length}.",
                nameof(x));
        }

        var normalised = k <= 256 ? stackalloc double[k] : new double[k];
        var total = Sum(w);
        if (!(total != 0) || !double.IsFinite(total))
        {
            scores.Fill(double.NaN);
            return;
        }

        for (var c = 0; c < k; c++)
        {
            normalised[c] = w[c] / total;
        }

        for (var i = 0; i < units; i++)
        {
            scores[i] = HasAny(x.Slice(i * k, k)) ? 0 : double.NaN;
        }

        for (var i = 0; i < units; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                continue;
            }

            var rowI = x.Slice(i * k, k);
            for (var j = i + 1; j < units; j++)
            {
                if (double.IsNaN(scores[j]))
                {
                    continue;
                }

                var o = Outrank(rowI, x.Slice(j * k, k), normalised);
                // O[j,i] = 1 − O[i,j] in double, as COINr computes it. It is exact for O ≥ ½; only O = pred(½) rounds
                // back onto ½ (ties-to-even), where R too scores the pair −1/0 instead of −1/+1.
                var back = 1 - o;
                scores[i] += o > 0.5 ? 1 : o < 0.5 ? -1 : 0;
                scores[j] += back > 0.5 ? 1 : back < 0.5 ? -1 : 0;
            }
        }
    }

    /// <summary>
    /// Runs <see cref="Scores"/> for one aggregate in every year. <paramref name="values"/> is the aggregation buffer
    /// laid out [node][year][unit] with <paramref name="block"/> = years × units values per node; only units with
    /// <paramref name="eligible"/>[year × units + unit] take part, the others get NaN.
    /// </summary>
    internal static void Aggregate(double[] values, int block, ImmutableArray<int> children, ReadOnlySpan<double> w,
        int units, int years, ReadOnlySpan<bool> eligible, Span<double> output)
    {
        var k = children.Length;
        var x = new double[units * k];
        for (var y = 0; y < years; y++)
        {
            for (var u = 0; u < units; u++)
            {
                var cell = (y * units) + u;
                for (var c = 0; c < k; c++)
                {
                    x[(u * k) + c] = eligible[cell] ? values[(children[c] * block) + cell] : double.NaN;
                }
            }

            Scores(x, w, output.Slice(y * units, units));
        }
    }

    private static double Outrank(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> w)
    {
        // R sums each part in long double (rsum); compensated summation gets the same correctly rounded sums.
        double wins = 0, winsLost = 0, ties = 0, tiesLost = 0;
        for (var c = 0; c < a.Length; c++)
        {
            if (double.IsNaN(a[c]) || double.IsNaN(b[c]))
            {
                continue;
            }

            if (a[c] > b[c])
            {
                Add(ref wins, ref winsLost, w[c]);
            }
            else if (a[c] == b[c])
            {
                Add(ref ties, ref tiesLost, w[c]);
            }
        }

        return (wins + winsLost) + ((ties + tiesLost) / 2);
    }

    private static double Sum(ReadOnlySpan<double> w)
    {
        double sum = 0, lost = 0;
        foreach (var v in w)
        {
            Add(ref sum, ref lost, v);
        }

        return sum + lost;
    }

    // Neumaier's compensated addition: sum + lost is the running total to about twice double precision.
    private static void Add(ref double sum, ref double lost, double v)
    {
        var t = sum + v;
        lost += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }

    private static bool HasAny(ReadOnlySpan<double> row)
    {
        foreach (var v in row)
        {
            if (!double.IsNaN(v))
            {
                return true;
            }
        }

        return false;
    }
}
