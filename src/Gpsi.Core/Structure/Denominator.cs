namespace Gpsi.Core.Structure;

/// <summary>Divide an indicator by another panel variable, then multiply by <paramref name="Scale"/>.</summary>
/// <param name="Code">The panel variable to divide by (population, GDP, area …).</param>
/// <param name="Scale">Multiplier after division, e.g. 1e5 for "per 100,000".</param>
public sealed record Denominator(string Code, double Scale = 1);
