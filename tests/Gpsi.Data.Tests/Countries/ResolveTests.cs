using Gpsi.Data.Countries;

namespace Gpsi.Data.Tests.Countries;

public sealed class ResolveTests
{
    private static readonly CountryRegistry R = Registry.Shared;

    private static void ShouldBeCountry(EntityResolution r, string iso3)
    {
        r.Kind.ShouldBe(EntityKind.Country, r.Reason);
        r.Country.ShouldNotBeNull().Iso3.Value.ShouldBe(iso3, r.Reason);
    }

    [Theory]
    [InlineData("Congo, Dem. Rep.", "COD")]
    [InlineData("Korea, Rep.", "KOR")]
    [InlineData("Korea, Dem. People's Rep.", "PRK")]
    [InlineData("Korea, Dem. Rep.", "PRK")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Turkey", "TUR")]
    [InlineData("TURKIYE", "TUR")]
    [InlineData("Côte d'Ivoire", "CIV")]
    [InlineData("Cote d'Ivoire", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("Cote dIvoire", "CIV")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("Czechia", "CZE")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("Eswatini", "SWZ")]
    [InlineData("Swaziland", "SWZ")]
    [InlineData("Micronesia (country)", "FSM")]
    [InlineData("Micronesia", "FSM")]
    [InlineData("Bosnia-Herzegovina", "BIH")]
    [InlineData("Bosnia & Herzegovina", "BIH")]
    [InlineData("Kosovo", "XKX")]
    [InlineData("Republic of Kosovo", "XKX")]
    [InlineData("Hong Kong SAR, China", "HKG")]
    [InlineData("West Bank and Gaza", "PSE")]
    [InlineData("Palestine", "PSE")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("Viet Nam", "VNM")]
    [InlineData("Vietnam", "VNM")]
    [InlineData("Lao PDR", "LAO")]
    [InlineData("Iran, Islamic Rep.", "IRN")]
    [InlineData("Egypt, Arab Rep.", "EGY")]
    [InlineData("Gambia, The", "GMB")]
    [InlineData("The Gambia", "GMB")]
    [InlineData("Bahamas, The", "BHS")]
    [InlineData("The Bahamas", "BHS")]
    [InlineData("United States of America", "USA")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "GBR")]
    [InlineData("  united   KINGDOM ", "GBR")]
    [InlineData("São Tomé and Principe", "STP")]
    [InlineData("Saint Barthelemy", "BLM")]
    [InlineData("Jersey, Channel Islands", "JEY")]
    [InlineData("Curaçao", "CUW")]
    [InlineData("Åland Islands", "ALA")]
    [InlineData("Zaire", "COD")]
    [InlineData("People's Republic of the Congo", "COG")]
    [InlineData("OWID_KOS", "XKX")]
    public void Resolve_RequiredSpelling_FindsCountry(string name, string iso3) =>
        ShouldBeCountry(R.Resolve(null, name), iso3);

    [Theory]
    [InlineData("USA", "ISO 3166-1 alpha-3")]
    [InlineData("usa", "ISO 3166-1 alpha-3")]
    [InlineData(" FRA ", "ISO 3166-1 alpha-3")]
    public void Resolve_IsoCode_WinsWithIsoReason(string code, string reason) =>
        R.Resolve(code, null).Reason.ShouldBe(reason);

    [Theory]
    [InlineData("ROM", "ROU", "WGI code ROM")]
    [InlineData("ADO", "AND", "WGI code ADO")]
    [InlineData("ZAR", "COD", "WGI code ZAR")]
    [InlineData("TMP", "TLS", "WGI code TMP")]
    [InlineData("WBG", "PSE", "WGI code WBG")]
    [InlineData("KSV", "XKX", "WGI code KSV")]
    [InlineData("OWID_KOS", "XKX", "OWID code OWID_KOS")]
    [InlineData("UNK", "XKX", "world-countries code UNK")]
    [InlineData("XKX", "XKX", "user-assigned code XKX")]
    public void Resolve_NonIsoCode_MapsThroughAliasTable(string code, string iso3, string reason)
    {
        var r = R.Resolve(code, null);
        ShouldBeCountry(r, iso3);
        r.Reason.ShouldStartWith(reason);
    }

    [Theory]
    [InlineData("OWID_WRL", EntityKind.Aggregate)]
    [InlineData("WLD", EntityKind.Aggregate)]
    [InlineData("EAS", EntityKind.Aggregate)]
    [InlineData("HIC", EntityKind.Aggregate)]
    [InlineData("UN_AFR", EntityKind.Aggregate)]
    [InlineData("EMR", EntityKind.Aggregate)]
    [InlineData("WB_LMI", EntityKind.Aggregate)]
    [InlineData("GLOBAL", EntityKind.Aggregate)]
    [InlineData("CHI", EntityKind.Aggregate)]
    [InlineData("OWID_CIS", EntityKind.Aggregate)]
    [InlineData("OWID_USS", EntityKind.Historical)]
    [InlineData("OWID_GDR", EntityKind.Historical)]
    [InlineData("OWID_GFR", EntityKind.Historical)]
    [InlineData("OWID_YGS", EntityKind.Historical)]
    [InlineData("OWID_CZS", EntityKind.Historical)]
    [InlineData("ANT", EntityKind.Historical)]
    [InlineData("SCG", EntityKind.Historical)]
    [InlineData("SDF", EntityKind.Historical)]
    [InlineData("ME1", EntityKind.Historical)]
    public void Resolve_NonCountryCode_GivesItsKind(string code, EntityKind kind)
    {
        var r = R.Resolve(code, null);
        r.Kind.ShouldBe(kind, r.Reason);
        r.Country.ShouldBeNull();
    }

    [Theory]
    [InlineData("World", EntityKind.Aggregate)]
    [InlineData("Europe", EntityKind.Aggregate)]
    [InlineData("Sub-Saharan Africa", EntityKind.Aggregate)]
    [InlineData("Latin America & Caribbean", EntityKind.Aggregate)]
    [InlineData("Lower-middle income", EntityKind.Aggregate)]
    [InlineData("High-income", EntityKind.Aggregate)]
    [InlineData("High SDI", EntityKind.Aggregate)]
    [InlineData("Micronesia (UN)", EntityKind.Aggregate)]
    [InlineData("International", EntityKind.Aggregate)]
    [InlineData("World (excluding China)", EntityKind.Aggregate)]
    [InlineData("European Union", EntityKind.Aggregate)]
    [InlineData("Channel Islands", EntityKind.Aggregate)]
    [InlineData("Soviet Union", EntityKind.Historical)]
    [InlineData("USSR", EntityKind.Historical)]
    [InlineData("Yugoslavia", EntityKind.Historical)]
    [InlineData("Czechoslovakia", EntityKind.Historical)]
    [InlineData("East Germany (GDR)", EntityKind.Historical)]
    [InlineData("West Germany (FRG)", EntityKind.Historical)]
    [InlineData("North Yemen", EntityKind.Historical)]
    [InlineData("South Yemen", EntityKind.Historical)]
    [InlineData("Yemen Arab Republic", EntityKind.Historical)]
    [InlineData("Serbia-Montenegro", EntityKind.Historical)]
    [InlineData("Serbia and Montenegro", EntityKind.Historical)]
    [InlineData("Serbia & Montenegro", EntityKind.Historical)]
    [InlineData("Netherlands Antilles", EntityKind.Historical)]
    [InlineData("South Vietnam", EntityKind.Historical)]
    [InlineData("Sudan (former)", EntityKind.Historical)]
    [InlineData("England", EntityKind.SubNational)]
    [InlineData("Scotland", EntityKind.SubNational)]
    [InlineData("Wales", EntityKind.SubNational)]
    [InlineData("Northern Ireland", EntityKind.SubNational)]
    [InlineData("England and Wales", EntityKind.SubNational)]
    [InlineData("England & Wales", EntityKind.SubNational)]
    [InlineData("Bosnia and Herzegovina: Republika Srpska\t", EntityKind.SubNational)]
    [InlineData("Kashmir", EntityKind.SubNational)]
    [InlineData("Iraq (Kurdistan Region)", EntityKind.SubNational)]
    public void Resolve_NonCountryName_IsNeverACountry(string name, EntityKind kind)
    {
        var r = R.Resolve(null, name);
        r.Kind.ShouldBe(kind, r.Reason);
        r.Country.ShouldBeNull();
    }

    [Fact]
    public void Resolve_LookalikesOfCountries_StayApart()
    {
        ShouldBeCountry(R.Resolve(null, "Sudan"), "SDN");
        ShouldBeCountry(R.Resolve(null, "Serbia"), "SRB");
        ShouldBeCountry(R.Resolve(null, "Yemen"), "YEM");
        ShouldBeCountry(R.Resolve(null, "Germany"), "DEU");
        ShouldBeCountry(R.Resolve(null, "Federal Republic of Germany"), "DEU");
        ShouldBeCountry(R.Resolve(null, "Niger"), "NER");
        ShouldBeCountry(R.Resolve(null, "Nigeria"), "NGA");
        ShouldBeCountry(R.Resolve(null, "Congo"), "COG");
        ShouldBeCountry(R.Resolve(null, "Dominica"), "DMA");
        ShouldBeCountry(R.Resolve(null, "Guinea"), "GIN");
        ShouldBeCountry(R.Resolve(null, "Equatorial Guinea"), "GNQ");
    }

    [Fact]
    public void Resolve_KoreaAlone_IsAmbiguousButTheCodeDecides()
    {
        var alone = R.Resolve(null, "Korea");
        alone.Kind.ShouldBe(EntityKind.Unknown);
        alone.Reason.ShouldContain("ambiguous");
        ShouldBeCountry(R.Resolve("KOR", "Korea"), "KOR");
        ShouldBeCountry(R.Resolve("PRK", "Korea"), "PRK");
    }

    [Fact]
    public void Resolve_CodeAndNameOfDifferentCountries_IsUnknownNotAGuess()
    {
        var r = R.Resolve("FRA", "Germany");
        r.Kind.ShouldBe(EntityKind.Unknown);
        r.Country.ShouldBeNull();
        r.Reason.ShouldBe("code FRA is FRA (France) but name 'Germany' is DEU (Germany): they disagree, so neither "
            + "is taken");
    }

    [Fact]
    public void Resolve_CountryCodeWithHistoricalName_IsUnknown()
    {
        R.Resolve("SRB", "Serbia and Montenegro").Kind.ShouldBe(EntityKind.Unknown);
        R.Resolve("SDN", "Sudan (former)").Kind.ShouldBe(EntityKind.Unknown);
        R.Resolve("OWID_WRL", "France").Kind.ShouldBe(EntityKind.Unknown);
    }

    [Fact]
    public void Resolve_CodeAndNameOfSameCountry_KeepsTheCodeReason()
    {
        var r = R.Resolve("ROM", "Romania");
        ShouldBeCountry(r, "ROU");
        r.Reason.ShouldStartWith("WGI code ROM");
        ShouldBeCountry(R.Resolve("KSV", "Kosovo"), "XKX");
        R.Resolve("OWID_USS", "USSR").Kind.ShouldBe(EntityKind.Historical);
    }

    [Fact]
    public void Resolve_NameOnly_ReasonNamesTheSource()
    {
        var r = R.Resolve(null, "Korea, Rep.");
        r.Reason.ShouldBe("name 'korea rep' (World Bank economy name)");
        R.Resolve("", "  ").Kind.ShouldBe(EntityKind.Unknown);
    }

    [Fact]
    public void Resolve_UnknownCode_LetsTheNameDecide()
    {
        var r = R.Resolve("XYZ", "Norway");
        ShouldBeCountry(r, "NOR");
        r.Reason.ShouldContain("code 'XYZ' not recognised");
        var neither = R.Resolve("XYZ", "Atlantis");
        neither.Kind.ShouldBe(EntityKind.Unknown);
        neither.Reason.ShouldBe("code 'XYZ' not recognised and name 'Atlantis' not known");
        R.Resolve(null, "Atlantis").Reason.ShouldBe("name 'Atlantis' not known");
        R.Resolve(null, "SPATIAL_SYNONYM").Kind.ShouldBe(EntityKind.Unknown);
    }

    [Fact]
    public void Resolve_SamePairTwice_ReturnsTheCachedAnswer() =>
        R.Resolve("ROM", "Romania").ShouldBeSameAs(R.Resolve("ROM", "Romania"));
}
