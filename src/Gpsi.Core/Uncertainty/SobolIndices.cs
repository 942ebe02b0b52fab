using System.Collections.Immutable;
using Gpsi.Core.Numerics;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// First-order and total Sobol indices from the outputs of a <see cref="SaltelliDesign"/>, with the estimators COINr's
/// <c>SA_estimate</c> uses:
/// <list type="bullet">
/// <item>V = Var(y_A ∪ y_B), the sample variance (n − 1) of the 2N outputs of A and B;</item>
/// <item>first order (Saltelli et al. 2010, Table 2 (b)): S_i = (1/N)·Σ_j y_B,j·(y_ABi,j − y_A,j) / V;</item>
/// <item>total order (Jansen 1999; Saltelli et al. 2010, Table 2 (f)): ST_i = Σ_j (y_A,j − y_ABi,j)² / (2N·V).</item>
/// </list>
/// The bootstrap, like COINr's, resamples (with replacement, N of N) the N terms of each estimator separately for every
/// factor and every index, keeps V fixed, and reports the 5th and 95th percentiles (type 7) of the resampled indices.
/// </summary>
public static class SobolIndices
{
    /// <summary>Estimates every factor's indices.</summary>
    /// <param name="outputs">y for each design row, in <see cref="SaltelliDesign"/> order (A, B, AB_1 … AB_d): N·(d + 2) values.</param>
    /// <param name="n">N.</param>
    /// <param name="factors">d.</param>
    /// <param name="bootstrap">Bootstrap resamples (COINr's <c>Nboot</c>); 0 for none (the interval bounds are NaN).</param>
    /// <param name="seed">The seed of the bootstrap resampling.</param>
    /// <returns>
    /// The variance and indices. When V is 0 (the output never changes) every index is NaN; a NaN output makes
    /// the indices it enters NaN (nothing is skipped).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">N &lt; 2, d &lt; 1, a negative <paramref name="bootstrap"/>, or
    /// <paramref name="outputs"/> is not N·(d + 2) long.</exception>
    public static SobolEstimate Estimate(ReadOnlySpan<double> outputs, int n, int factors, int bootstrap, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(bootstrap);
        if (outputs.Length != (long)n * (factors + 2))
        {
            throw new ArgumentOutOfRangeException(nameof(outputs), outputs.Length, $"Expected N·(d + 2) = {(long)n * (factors + 2)} outputs.");
        }

        var yA = outputs[..n];
        var yB = outputs.Slice(n, n);
        var variance = Variance(outputs[..(2 * n)]);
        var first = new double[factors][];
        var total = new double[factors][];
        var indices = ImmutableArray.CreateBuilder<SobolIndex>(factors);
        for (var i = 0; i < factors; i++)
        {
            var yAB = outputs.Slice((2 + i) * n, n);
            first[i] = new double[n];
            total[i] = new double[n];
            for (var j = 0; j < n; j++)
            {
                first[i][j] = yB[j] * (yAB[j] - yA[j]);
                total[i][j] = yA[j] - yAB[j];
            }
        }

        var firstBoot = new double[factors][];
        var totalBoot = new double[factors][];
        if (bootstrap > 0)
        {
            var random = new Random(seed);
            for (var i = 0; i < factors; i++)
            {
                firstBoot[i] = new double[bootstrap];
                totalBoot[i] = new double[bootstrap];
            }

            // COINr's loop order: per resample, every factor's S_i, then every factor's ST_i.
            for (var b = 0; b < bootstrap; b++)
            {
                for (var i = 0; i < factors; i++)
                {
                    var sum = 0.0;
                    for (var j = 0; j < n; j++)
                    {
                        sum += first[i][random.Next(n)];
                    }

                    firstBoot[i][b] = sum / n / variance;
                }

                for (var i = 0; i < factors; i++)
                {
                    var sum = 0.0;
                    for (var j = 0; j < n; j++)
                    {
                        var t = total[i][random.Next(n)];
                        sum += t * t;
                    }

                    totalBoot[i][b] = sum / (2.0 * n * variance);
                }
            }
        }

        for (var i = 0; i < factors; i++)
        {
            var s = Sum(first[i]) / n / variance;
            var sumSquares = 0.0;
            foreach (var t in total[i])
            {
                sumSquares += t * t;
            }

            var st = sumSquares / (2.0 * n * variance);
            var (sLow, sHigh) = bootstrap > 0 ? Interval(firstBoot[i]) : (double.NaN, double.NaN);
            var (tLow, tHigh) = bootstrap > 0 ? Interval(totalBoot[i]) : (double.NaN, double.NaN);
            indices.Add(variance > 0
                ? new SobolIndex(s, sLow, sHigh, st, tLow, tHigh)
                : new SobolIndex(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
        }

        return new SobolEstimate(variance, indices.MoveToImmutable());
    }

    private static double Sum(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        foreach (var v in x)
        {
            sum += v;
        }

        return sum;
    }

    private static double Variance(ReadOnlySpan<double> x)
    {
        var mean = Sum(x) / x.Length;
        var ss = 0.0;
        foreach (var v in x)
        {
            ss += (v - mean) * (v - mean);
        }

        return ss / (x.Length - 1);
    }

    private static (double Low, double High) Interval(double[] estimates)
    {
        if (estimates.Any(double.IsNaN))
        {
            return (double.NaN, double.NaN);
        }

        Array.Sort(estimates);
        return (Quantiles.Type7Sorted(estimates, 0.05), Quantiles.Type7Sorted(estimates, 0.95));
    }
}
