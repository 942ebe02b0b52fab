namespace Gpsi.Core.Uncertainty;

/// <summary>The aggregation methods a <see cref="CompiledModel"/> evaluates (Copeland is not among them).</summary>
internal enum CompiledMethod : byte
{
    ArithmeticMean,
    GeometricMean,
    ShiftedGeometricMean,
    HarmonicMean,
    GeneralisedMean,
    Median,
}
