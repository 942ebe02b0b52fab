namespace Gpsi.Core.Uncertainty;

/// <summary>Runs a model over many draws: the shared engine of uncertainty and sensitivity analysis.</summary>
public static class Replications
{
    /// <summary>
    /// Evaluates every row of <paramref name="draws"/> (row-major, <c>rows × factors</c>) and writes row r's scores and
    /// ranks to <c>[r·units, (r+1)·units)</c> of <paramref name="scores"/> and <paramref name="ranks"/>. Each row is
    /// independent, so the results are the same whatever <paramref name="maxThreads"/> is.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="draws">The draws, one row per replication.</param>
    /// <param name="scores">Output, rows × units.</param>
    /// <param name="ranks">Output, rows × units.</param>
    /// <param name="maxThreads">At most this many threads; null: all cores.</param>
    /// <exception cref="ArgumentException">The array lengths do not fit the model.</exception>
    public static void Run(ReplicationModel model, double[] draws, double[] scores, int[] ranks, int? maxThreads = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(draws);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(ranks);
        var d = model.Factors.Length;
        var units = model.Units.Length;
        var rows = d == 0 ? scores.Length / Math.Max(units, 1) : draws.Length / d;
        if ((d > 0 && draws.Length % d != 0) || scores.Length != rows * units || ranks.Length != rows * units)
        {
            throw new ArgumentException("The draws, scores and ranks arrays do not fit the model's factors and units.");
        }

        _ = maxThreads;
        var evaluator = model.CreateEvaluator();
        for (var r = 0; r < rows; r++)
        {
            evaluator.Evaluate(draws.AsSpan(r * d, d), scores.AsSpan(r * units, units), ranks.AsSpan(r * units, units));
        }
    }
}
