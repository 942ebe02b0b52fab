using System.Collections.Immutable;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// Variance-based sensitivity analysis (COINr <c>get_sensitivity(SA_type = "SA")</c>): the model is evaluated over a
/// <see cref="SaltelliDesign"/> of N·(d + 2) draws and the first-order and total Sobol indices of every factor are
/// estimated (<see cref="SobolIndices"/>) for the target y = the mean absolute rank shift: the mean over units of
/// |rank in the replication − nominal rank|. Units unranked in the nominal results or in the replication are left out
/// of that replication's mean (COINr's <c>mean(…, na.rm = TRUE)</c>); y is NaN when no unit is ranked in both.
/// Seeded: the same model, N, seed and bootstrap give the same result.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="model">The model (its factors are the analysis' factors, in order).</param>
    /// <param name="n">N ≥ 2, the base sample size.</param>
    /// <param name="seed">Seeds the design and (seed + 1) the bootstrap.</param>
    /// <param name="bootstrap">Bootstrap resamples for the intervals (COINr's <c>Nboot</c>); 0 for none.</param>
    /// <param name="maxThreads">Passed to <see cref="Replications.Run"/>; the results do not depend on it.</param>
    /// <returns>The indices, or, when a drawn recipe does not build, its errors prefixed with what was drawn.</returns>
    /// <exception cref="ArgumentOutOfRangeException">N &lt; 2, a negative bootstrap, or a model without factors.</exception>
    public static SensitivityResult Run(ReplicationModel model, int n, int seed, int bootstrap, int? maxThreads)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(bootstrap);
        var d = model.Factors.Length;
        if (d == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(model), "A sensitivity analysis needs at least one factor.");
        }

        var design = SaltelliDesign.Create(n, d, seed);
        var units = model.Units.Length;
        var scores = new double[(long)design.Rows * units];
        var ranks = new int[scores.Length];
        try
        {
            Replications.Run(model, design.Draws, scores, ranks, maxThreads);
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            return new SensitivityResult(n, bootstrap, double.NaN, [], [],
            [
                .. failure.Errors.Select(x => x with { Message = $"In the replication drawn as {failure.Drawn}: {x.Message}" }),
            ]);
        }

        var outputs = new double[design.Rows];
        var nominal = model.NominalRanks.AsSpan();
        for (var r = 0; r < design.Rows; r++)
        {
            outputs[r] = MeanAbsoluteRankShift(ranks.AsSpan(r * units, units), nominal);
        }

        var estimate = SobolIndices.Estimate(outputs, n, d, bootstrap, unchecked(seed + 1));
        return new SensitivityResult(n, bootstrap, estimate.Variance,
            [.. model.Factors.Select((f, i) => new FactorSensitivity(f.Name, estimate.Indices[i]))], [.. outputs], []);
    }

    /// <summary>
    /// Mean over units of |<paramref name="ranks"/>[u] − <paramref name="nominal"/>[u]|, skipping units unranked (0) in
    /// either; NaN when none is ranked in both.
    /// </summary>
    public static double MeanAbsoluteRankShift(ReadOnlySpan<int> ranks, ReadOnlySpan<int> nominal)
    {
        var sum = 0L;
        var count = 0;
        for (var u = 0; u < ranks.Length; u++)
        {
            if (ranks[u] > 0 && nominal[u] > 0)
            {
                sum += Math.Abs(ranks[u] - nominal[u]);
                count++;
            }
        }

        return count == 0 ? double.NaN : (double)sum / count;
    }

    private static ReplicationFailedException? Failure(Exception e) => e switch
    {
        ReplicationFailedException f => f,
        AggregateException a => a.Flatten().InnerExceptions.OfType<ReplicationFailedException>().FirstOrDefault(),
        _ => null,
    };
}
