namespace Gpsi.Api;

/// <summary>The body of <c>GET /api/countries/{iso3}</c>: a country's profile in one year's current edition.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3.</param>
/// <param name="Iso2">ISO alpha-2.</param>
/// <param name="Numeric">ISO numeric, three digits.</param>
/// <param name="Name">English short name.</param>
/// <param name="NameZh">zh-Hans short name (the English one when there is none).</param>
/// <param name="Region">World Bank region that year.</param>
/// <param name="M49Region">UN M49 region.</param>
/// <param name="IncomeGroup">World Bank income group that year.</param>
/// <param name="RegionZh">The region in zh-Hans (the English name when there is no translation).</param>
/// <param name="IncomeGroupZh">The income group in zh-Hans (likewise).</param>
/// <param name="Year">The edition year.</param>
/// <param name="Edition">The edition id.</param>
/// <param name="Ranked">Whether the country has an index score that year.</param>
/// <param name="Index">Its index result; null when not ranked.</param>
/// <param name="Dimensions">Each dimension (level-2 node), in recipe order.</param>
/// <param name="Indicators">Each indicator, in recipe order, with its value and sources.</param>
/// <param name="Trend">Its index and dimension scores in every year with an edition, ascending.</param>
/// <param name="Peers">The countries it is compared with that year.</param>
public sealed record ApiCountry(
    string Iso3,
    string Iso2,
    string Numeric,
    string Name,
    string NameZh,
    string? Region,
    string? M49Region,
    string? IncomeGroup,
    string? RegionZh,
    string? IncomeGroupZh,
    int Year,
    string Edition,
    bool Ranked,
    ApiCountryIndex? Index,
    IReadOnlyList<ApiCountryDimension> Dimensions,
    IReadOnlyList<ApiCountryIndicator> Indicators,
    IReadOnlyList<ApiTrendPoint> Trend,
    ApiPeers Peers);
