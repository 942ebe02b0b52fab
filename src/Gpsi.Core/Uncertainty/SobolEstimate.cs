using System.Collections.Immutable;

namespace Gpsi.Core.Uncertainty;

/// <summary>The output of <see cref="SobolIndices.Estimate"/>: the output variance and every factor's indices.</summary>
/// <param name="Variance">Var(y) over the A and B rows (n − 1 denominator), as COINr's <c>varY</c>.</param>
/// <param name="Indices">One entry per factor, in factor order.</param>
public sealed record SobolEstimate(double Variance, ImmutableArray<SobolIndex> Indices);
