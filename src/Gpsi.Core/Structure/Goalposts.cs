namespace Gpsi.Core.Structure;

/// <summary>Fixed bounds for goalpost normalisation, in the indicator's raw unit.</summary>
/// <param name="Lower">The value that maps to 0 (for direction +1).</param>
/// <param name="Upper">The value that maps to 1 (for direction +1).</param>
public sealed record Goalposts(double Lower, double Upper);
