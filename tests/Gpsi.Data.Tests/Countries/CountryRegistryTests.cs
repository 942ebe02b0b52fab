using Gpsi.Core.Observations;
using Gpsi.Data.Countries;

namespace Gpsi.Data.Tests.Countries;

public sealed class CountryRegistryTests
{
    private static readonly CountryRegistry R = Registry.Shared;

    private static Country Get(string iso3) => R.Find(new CountryCode(iso3)).ShouldNotBeNull(iso3);

    [Fact]
    public void Load_SharedData_GivesNoDiagnostics() =>
        Registry.LoadDiagnostics.ShouldBeEmpty(string.Join("\n", Registry.LoadDiagnostics));

    [Fact]
    public void Countries_SharedData_AreTheIsoEntriesPlusKosovoOrderedByIso3()
    {
        R.Countries.Count.ShouldBe(250);
        R.Countries.Count(c => c.Numeric is not null).ShouldBe(249);
        var codes = R.Countries.Select(c => c.Iso3.Value).ToList();
        codes.ShouldBe(codes.Order(StringComparer.Ordinal));
        R.Countries[0].Iso3.Value.ShouldBe("ABW");
        R.Countries[^1].Iso3.Value.ShouldBe("ZWE");
    }

    [Fact]
    public void Find_UnitedStates_HasCodesAreaAndClassifications()
    {
        var usa = Get("USA");
        usa.Iso2.ShouldBe("US");
        usa.Numeric.ShouldBe("840");
        usa.Name.ShouldBe("United States");
        usa.AreaKm2.ShouldBe(9372610);
        usa.UnMember.ShouldBeTrue();
        usa.Independent.ShouldBe(true);
        usa.M49Region.ShouldBe("Americas");
        usa.M49SubRegion.ShouldBe("Northern America");
        usa.WbRegion.ShouldBe("North America");
        usa.IncomeGroup.ShouldBe("High income");
        usa.WhoRegion.ShouldBe("Americas");
    }

    [Fact]
    public void Find_Kosovo_IsXkxWithoutNumericOrM49()
    {
        var kosovo = Get("XKX");
        kosovo.Iso2.ShouldBe("XK");
        kosovo.Numeric.ShouldBeNull();
        kosovo.Name.ShouldBe("Kosovo");
        kosovo.AreaKm2.ShouldBe(10908);
        kosovo.UnMember.ShouldBeFalse();
        kosovo.Independent.ShouldBeNull();
        kosovo.M49Region.ShouldBeNull();
        kosovo.WbRegion.ShouldBe("Europe & Central Asia");
        kosovo.IncomeGroup.ShouldBe("Upper middle income");
    }

    [Fact]
    public void UnMember_SharedData_Is193WithTheHolySeeCorrected()
    {
        R.Countries.Count(c => c.UnMember).ShouldBe(193);
        Get("VAT").UnMember.ShouldBeFalse(); // world-countries says True; corrections.csv fixes it
        Get("PSE").UnMember.ShouldBeFalse();
        Get("TWN").UnMember.ShouldBeFalse();
        Get("SSD").UnMember.ShouldBeTrue();
    }

    [Fact]
    public void AreaKm2_UnknownInWorldCountries_IsNull()
    {
        Get("SJM").AreaKm2.ShouldBeNull(); // world-countries writes -1
        Get("VAT").AreaKm2.ShouldBe(0.44);
        Get("RUS").AreaKm2.ShouldBe(17098242);
    }

    [Theory]
    [InlineData("BRA", "Americas", "Latin America and the Caribbean", "Latin America & Caribbean")]
    [InlineData("NOR", "Europe", "Northern Europe", "Europe & Central Asia")]
    [InlineData("AFG", "Asia", "Southern Asia", "South Asia")]
    [InlineData("EGY", "Africa", "Northern Africa", "Middle East & North Africa")]
    [InlineData("AUS", "Oceania", "Australia and New Zealand", "East Asia & Pacific")]
    [InlineData("FSM", "Oceania", "Micronesia", "East Asia & Pacific")]
    public void Regions_SampleCountries_MatchM49AndWorldBank(string iso3, string region, string sub, string wb)
    {
        var c = Get(iso3);
        c.M49Region.ShouldBe(region);
        c.M49SubRegion.ShouldBe(sub);
        c.WbRegion.ShouldBe(wb);
    }

    [Fact]
    public void Regions_TaiwanAndAntarctica_HaveNoM49Region()
    {
        Get("TWN").M49Region.ShouldBeNull();
        Get("ATA").M49Region.ShouldBeNull();
        Get("ATA").WbRegion.ShouldBeNull();
        Get("TWN").WbRegion.ShouldBe("East Asia & Pacific");
        Get("EGY").WhoRegion.ShouldBe("Eastern Mediterranean");
    }

    [Theory]
    [InlineData("840", "USA")]
    [InlineData("4", "AFG")]
    [InlineData("004", "AFG")]
    [InlineData("04", "AFG")]
    [InlineData(" 276 ", "DEU")]
    [InlineData("70", "BIH")]
    public void FindByNumeric_WithOrWithoutZeros_FindsCountry(string numeric, string iso3) =>
        R.FindByNumeric(numeric).ShouldNotBeNull().Iso3.Value.ShouldBe(iso3);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0004")]
    [InlineData("-4")]
    [InlineData("4a")]
    [InlineData("999")]
    [InlineData("٤")]
    public void FindByNumeric_NotAnAssignedNumber_IsNull(string? numeric) => R.FindByNumeric(numeric).ShouldBeNull();

    [Theory]
    [InlineData("US", "USA")]
    [InlineData("gb", "GBR")]
    [InlineData("XK", "XKX")]
    [InlineData("NA", "NAM")]
    public void FindByIso2_KnownCode_FindsCountry(string iso2, string iso3) =>
        R.FindByIso2(iso2).ShouldNotBeNull().Iso3.Value.ShouldBe(iso3);

    [Fact]
    public void Find_UnknownCode_IsNull()
    {
        R.Find(new CountryCode("ROM")).ShouldBeNull();
        R.FindByIso2("ZZ").ShouldBeNull();
        R.FindByIso2(null).ShouldBeNull();
    }

    [Theory]
    [InlineData("BRA", 1986, null)]
    [InlineData("BRA", 1987, "Upper middle income")]
    [InlineData("BRA", 2016, "Upper middle income")]
    [InlineData("BRA", 2024, "Upper middle income")]
    [InlineData("CHN", 1987, "Low income")]
    [InlineData("CHN", 1999, "Lower middle income")]
    [InlineData("CHN", 2010, "Upper middle income")]
    [InlineData("ROU", 2016, "Upper middle income")]
    [InlineData("ROU", 2017, "High income")]
    [InlineData("SYR", 2016, "Lower middle income")]
    [InlineData("SYR", 2030, "Low income")]
    [InlineData("XKX", 2007, null)]
    [InlineData("XKX", 2008, "Lower middle income")]
    [InlineData("XKX", 2020, "Upper middle income")]
    [InlineData("VEN", 2016, "Upper middle income")]
    [InlineData("VEN", 2020, null)]
    [InlineData("TWN", 2010, "High income")]
    [InlineData("TWN", 2020, "High income")]
    [InlineData("ATA", 2020, null)]
    public void IncomeGroupIn_Year_UsesHistoryThenFy2024(string iso3, int year, string? expected) =>
        R.IncomeGroupIn(new CountryCode(iso3), year).ShouldBe(expected);

    [Fact]
    public void WbRegionIn_Year_IsFy2024FromTheFirstHistoryYear()
    {
        R.WbRegionIn(new CountryCode("BRA"), 1986).ShouldBeNull();
        R.WbRegionIn(new CountryCode("BRA"), 1987).ShouldBe("Latin America & Caribbean");
        R.WbRegionIn(new CountryCode("BRA"), 2030).ShouldBe("Latin America & Caribbean");
        R.WbRegionIn(new CountryCode("ROM"), 2000).ShouldBeNull();
    }
}
