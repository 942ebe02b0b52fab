using Gpsi.Core.Observations;

namespace Gpsi.Data.Countries;

/// <summary>
/// A country or territory of the registry, with its codes, regions and classifications. The sources of each field are
/// listed in <c>docs/country-registry.md</c>.
/// </summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 (Kosovo: XKX).</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 (Kosovo: XK).</param>
/// <param name="Numeric">ISO 3166-1 numeric, three digits as text (e.g. <c>004</c>); null for Kosovo.</param>
/// <param name="Name">Short English name (world-countries' common name, e.g. <c>South Korea</c>).</param>
/// <param name="M49Region">UN M49 region (e.g. <c>Asia</c>), null when M49 lists none (Antarctica, Taiwan,
/// Kosovo).</param>
/// <param name="M49SubRegion">UN M49 sub-region (e.g. <c>Southern Asia</c>), null as for the region.</param>
/// <param name="WbRegion">World Bank region (FY2024), null when the World Bank does not classify it.</param>
/// <param name="IncomeGroup">World Bank income group (FY2024), null when unclassified (e.g. Venezuela).</param>
/// <param name="UnMember">Member of the United Nations (193 members; observers such as the Holy See and Palestine
/// are not).</param>
/// <param name="AreaKm2">Area in km², null when unknown.</param>
public sealed record Country(
    CountryCode Iso3,
    string Iso2,
    string? Numeric,
    string Name,
    string? M49Region,
    string? M49SubRegion,
    string? WbRegion,
    string? IncomeGroup,
    bool UnMember,
    double? AreaKm2)
{
    /// <summary>WHO region name (e.g. <c>Europe</c>, <c>Eastern Mediterranean</c>), null when WHO lists none.</summary>
    public string? WhoRegion { get; init; }

    /// <summary>Sovereign state per world-countries, null when it leaves the question open (Kosovo).</summary>
    public bool? Independent { get; init; }
}
