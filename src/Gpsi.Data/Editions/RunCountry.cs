namespace Gpsi.Data.Editions;

/// <summary>A country as the outputs and reports show it (from the country registry).</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3.</param>
/// <param name="Iso2">ISO alpha-2.</param>
/// <param name="Numeric">ISO numeric code, three digits (the map's feature id).</param>
/// <param name="Name">English short name.</param>
/// <param name="IncomeGroup">World Bank income group, FY2024 classification (context; per-year groups are on <see cref="ScoreRow"/>).</param>
/// <param name="WbRegion">World Bank region.</param>
/// <param name="M49Region">UN M49 region.</param>
/// <param name="M49SubRegion">UN M49 sub-region.</param>
/// <param name="AreaKm2">Land area in km², when known.</param>
public sealed record RunCountry(
    string Iso3,
    string Iso2,
    string Numeric,
    string Name,
    string? IncomeGroup,
    string? WbRegion,
    string? M49Region,
    string? M49SubRegion,
    double? AreaKm2);
