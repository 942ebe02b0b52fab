namespace Gpsi.Api;

/// <summary>The body of <c>GET /api/countries/{iso3}</c>: the country's rows in every current edition.</summary>
/// <param name="Iso3">The ISO 3166-1 alpha-3 code.</param>
/// <param name="Rows">Its rows, by year ascending, then in each edition's publishing order.</param>
public sealed record ApiCountry(string Iso3, IReadOnlyList<ApiCountryRow> Rows);
