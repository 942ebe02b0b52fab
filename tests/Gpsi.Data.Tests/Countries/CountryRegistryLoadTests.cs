using Gpsi.Core.Diagnostics;
using Gpsi.Data.Countries;

namespace Gpsi.Data.Tests.Countries;

/// <summary>Bad reference files give diagnostics that name file, line and column; copies live in a temp folder.</summary>
public sealed class CountryRegistryLoadTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gpsi-registry-" + Guid.NewGuid().ToString("N"));

    public CountryRegistryLoadTests()
    {
        var reference = Path.Combine(_root, "reference");
        Directory.CreateDirectory(reference);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedData.Root, "reference"), "*.csv"))
        {
            File.Copy(file, Path.Combine(reference, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string file) => Path.Combine(_root, "reference", file);

    /// <summary>Replaces <paramref name="from"/> with <paramref name="to"/> on 1-based line <paramref name="line"/>.
    /// </summary>
    private void Edit(string file, int line, string from, string to)
    {
        var lines = File.ReadAllLines(PathOf(file));
        lines[line - 1].ShouldContain(from);
        lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        File.WriteAllLines(PathOf(file), lines);
    }

    private (CountryRegistry? Registry, List<Diagnostic> Diagnostics) Load()
    {
        var diagnostics = new List<Diagnostic>();
        return (CountryRegistry.Load(_root, diagnostics), diagnostics);
    }

    private Diagnostic SingleError(string code)
    {
        var (registry, diagnostics) = Load();
        registry.ShouldBeNull();
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        errors.Count.ShouldBe(1, string.Join("\n", diagnostics));
        errors[0].Code.ShouldBe(code, errors[0].ToString());
        return errors[0];
    }

    [Fact]
    public void Load_Copy_LoadsWithoutDiagnostics()
    {
        var (registry, diagnostics) = Load();
        diagnostics.ShouldBeEmpty();
        registry.ShouldNotBeNull().Countries.Count.ShouldBe(250);
    }

    [Fact]
    public void Load_MissingFile_IsAnErrorNamingIt()
    {
        File.Delete(PathOf("wb_country_groups_fy2024.csv"));
        SingleError("csv.unreadable").Location!.File.ShouldBe(PathOf("wb_country_groups_fy2024.csv"));
    }

    [Fact]
    public void Load_BadAlpha3_IsAnErrorAtItsCell()
    {
        Edit("iso3166_countries_m49_regions.csv", 2, ",AFG,", ",Afg,");
        var d = SingleError("countries.bad-cell");
        d.Location.ShouldBe(new SourceLocation(PathOf("iso3166_countries_m49_regions.csv"), 2, 3, "column 'alpha-3'"));
        d.Found.ShouldBe("Afg");
    }

    [Fact]
    public void Load_DuplicateNumeric_IsAnErrorAtItsCell()
    {
        Edit("iso3166_countries_m49_regions.csv", 3, ",248,", ",004,");
        SingleError("countries.bad-cell").Location!.Line.ShouldBe(3);
    }

    [Fact]
    public void Load_AreaNotANumber_IsAnErrorAtItsCell()
    {
        Edit("world_countries_mledoze.csv", 3, ",652230,", ",big,");
        SingleError("csv.not-a-number").Location.ShouldBe(
            new SourceLocation(PathOf("world_countries_mledoze.csv"), 3, 16, "column 'area_km2'"));
    }

    [Fact]
    public void Load_UnMemberNotABoolean_IsAnErrorAtItsCell()
    {
        Edit("world_countries_mledoze.csv", 3, "officially-assigned,True,", "officially-assigned,yes,");
        var d = SingleError("countries.bad-cell");
        d.Location!.Column.ShouldBe(9);
        d.Expected.ShouldBe("True or False");
    }

    [Fact]
    public void Load_UnknownIncomeLabel_IsAnErrorAtItsCell()
    {
        Edit("wb_income_group_history_owid.csv", 2, "Low income", "Poor");
        SingleError("countries.bad-cell").Location.ShouldBe(
            new SourceLocation(PathOf("wb_income_group_history_owid.csv"), 2, 5, "column 'income_group'"));
    }

    [Fact]
    public void Load_MissingColumn_IsAnErrorAtTheHeader()
    {
        Edit("who_gho_countries_regions.csv", 1, "ParentTitle", "Parent_Title");
        var d = SingleError("countries.missing-column");
        d.Location!.Line.ShouldBe(1);
        d.Message.ShouldContain("ParentTitle");
    }

    [Fact]
    public void Load_MalformedCsv_IsAnError()
    {
        Edit("country_name_to_iso3_map.csv", 202, "france,FRA", "\"france,FRA");
        SingleError("csv.malformed").Location!.File.ShouldBe(PathOf("country_name_to_iso3_map.csv"));
    }

    [Fact]
    public void Load_SpellingOfTwoCountries_IsAnErrorAtTheSecond()
    {
        Edit("country_name_to_iso3_map.csv", 202, "france,FRA", "france,DEU");
        var d = SingleError("countries.name-conflict");
        d.Location.ShouldBe(new SourceLocation(PathOf("country_name_to_iso3_map.csv"), 202, 1,
            "column 'name_lowercase'"));
        d.Message.ShouldContain("FRA (France)");
    }

    [Fact]
    public void Load_UnknownCodeInWho_IsAWarningAndTheRegistryLoads()
    {
        Edit("who_gho_countries_regions.csv", 75, "COUNTRY,FRA,France", "COUNTRY,FRX,Metropolitan France");
        var (registry, diagnostics) = Load();
        registry.ShouldNotBeNull().Find(new Gpsi.Core.Observations.CountryCode("FRA")).ShouldNotBeNull()
            .WhoRegion.ShouldBeNull();
        var warning = diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Code.ShouldBe("countries.unclassified-code");
        warning.Location.ShouldBe(new SourceLocation(PathOf("who_gho_countries_regions.csv"), 75, 2, "column 'Code'"));
    }
}
