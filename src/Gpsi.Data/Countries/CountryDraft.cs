namespace Gpsi.Data.Countries;

/// <summary>A country being assembled from the reference files while the registry loads.</summary>
internal sealed class CountryDraft(string iso3, string iso2, string? numeric, string isoName)
{
    public string Iso3 { get; } = iso3;

    public string Iso2 { get; set; } = iso2;

    public string? Numeric { get; } = numeric;

    public string IsoName { get; } = isoName;

    public string? CommonName { get; set; }

    public string? M49Region { get; set; }

    public string? M49SubRegion { get; set; }

    public string? WbRegion { get; set; }

    public string? IncomeGroup { get; set; }

    public string? WhoRegion { get; set; }

    public bool UnMember { get; set; }

    public bool? Independent { get; set; }

    public double? AreaKm2 { get; set; }

    public Country ToCountry() => new(new Gpsi.Core.Observations.CountryCode(Iso3), Iso2, Numeric,
        CommonName ?? IsoName, M49Region, M49SubRegion, WbRegion, IncomeGroup, UnMember, AreaKm2)
    {
        WhoRegion = WhoRegion,
        Independent = Independent,
    };
}
