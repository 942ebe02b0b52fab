using Gpsi.Core.Numerics;

namespace Gpsi.Core.Audit;

/// <summary>Cronbach's α, the internal consistency of a group of columns; COINr <c>get_cronbach</c>.</summary>
public static class Cronbach
{
    /// <summary>
    /// α = k²·((ΣC − tr C)/(k(k − 1)))/ΣC, COINr's arithmetic for k/(k − 1)·(1 − tr C/ΣC), where C is the k × k
    /// covariance matrix over pairwise complete observations (n − 1; R's <c>cov(use = "pairwise.complete.obs")</c>)
    /// and entries that cannot be computed (fewer than two complete pairs) are left out of both sums, as COINr's
    /// <c>na.rm = TRUE</c> does. <paramref name="columns"/> is laid out [column][row], <paramref name="rows"/> values
    /// each, NaN where missing. NaN for fewer than two columns or when ΣC is 0.
    /// </summary>
    /// <exception cref="ArgumentException">The length of <paramref name="columns"/> is not a multiple of rows.</exception>
    public static double Alpha(ReadOnlySpan<double> columns, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        if (columns.Length % rows != 0)
        {
            throw new ArgumentException($"{columns.Length} values do not make columns of {rows} rows.", nameof(columns));
        }

        var k = columns.Length / rows;
        if (k < 2)
        {
            return double.NaN;
        }

        double total = 0, trace = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var c = Correlation.Covariance(columns.Slice(i * rows, rows), columns.Slice(j * rows, rows));
                if (double.IsNaN(c))
                {
                    continue;
                }

                total += c;
                trace += i == j ? c : 0;
            }
        }

        var meanOffDiagonal = (total - trace) / (k * (k - 1.0));
        return total == 0 ? double.NaN : (k * (double)k) * meanOffDiagonal / total;
    }
}
