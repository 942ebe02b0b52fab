namespace Gpsi.Core.Uncertainty;

/// <summary>Evaluates draws of a <see cref="ReplicationModel"/>; holds scratch space, so one per thread.</summary>
public interface IReplicationEvaluator
{
    /// <summary>
    /// Writes the index score (NaN when none) and rank (0 when unranked) of every unit for <paramref name="draw"/>.
    /// Allocation-free after the first call.
    /// </summary>
    /// <param name="draw">One number in [0, 1) per factor of the model.</param>
    /// <param name="scores">One slot per unit.</param>
    /// <param name="ranks">One slot per unit.</param>
    void Evaluate(ReadOnlySpan<double> draw, Span<double> scores, Span<int> ranks);
}
