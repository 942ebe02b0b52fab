using Gpsi.Core.Observations;

namespace Gpsi.Data.Countries;

/// <summary>A country or territory of the registry, with its codes, regions and classifications.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 (Kosovo: XKX).</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 (Kosovo: XK).</param>
/// <param name="Numeric">ISO 3166-1 numeric, three digits as text (e.g. <c>004</c>); null for Kosovo.</param>
/// <param name="Name">Short English name.</param>
/// <param name="M49Region">UN M49 region (e.g. <c>Asia</c>), null when M49 lists none (Antarctica).</param>
/// <param name="M49SubRegion">UN M49 sub-region (e.g. <c>Southern Asia</c>).</param>
/// <param name="WbRegion">World Bank region (FY2024), null when the World Bank does not classify it.</param>
/// <param name="IncomeGroup">World Bank income group (FY2024), null when unclassified.</param>
/// <param name="UnMember">Member of the United Nations.</param>
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
    double? AreaKm2);
