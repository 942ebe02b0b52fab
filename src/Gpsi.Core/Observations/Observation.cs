namespace Gpsi.Core.Observations;

/// <summary>One value of one indicator for one country and year, with where it came from.</summary>
/// <param name="Country">The country (ISO 3166-1 alpha-3).</param>
/// <param name="Indicator">The indicator code, as the source catalogue names it (e.g. <c>homicide_rate</c>).</param>
/// <param name="Year">The reference year.</param>
/// <param name="Value">The value in <see cref="Provenance.Unit"/>; finite.</param>
/// <param name="Provenance">Source, file, line, vintage, unit, transformations and flags.</param>
public sealed record Observation(CountryCode Country, string Indicator, int Year, double Value, Provenance Provenance);
