namespace Gpsi.Core.Uncertainty;

/// <summary>One factor's sensitivity indices on the analysis target (COINr's <c>Sensitivity</c> row).</summary>
/// <param name="Factor">The factor's name.</param>
/// <param name="Index">S_i, ST_i and their bootstrap intervals.</param>
public sealed record FactorSensitivity(string Factor, SobolIndex Index);
