namespace Gpsi.Core.Derivation;

/// <summary>
/// A series computed from other series before the build (a recipe's <c>derived</c> entry): a ratio to population,
/// a change over years, a weighted sum of components, a weighted window over years, a log scale. It is data, so a
/// new indicator of this kind needs no code. Inputs are catalogue series or derived series listed earlier.
/// </summary>
/// <param name="Code">The derived series' code; unique among series.</param>
/// <param name="Rule">How it is computed.</param>
/// <param name="Name">Display name.</param>
/// <param name="Unit">Unit of the result.</param>
public sealed record DerivedSeries(string Code, DerivationRule Rule, string? Name = null, string? Unit = null);
