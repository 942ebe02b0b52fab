using Gpsi.Core.Diagnostics;
using Gpsi.Data.Countries;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Tests.Countries;

/// <summary>
/// Every (code, name) pair of every shared-data file that names countries resolves to a country or to a recognised
/// non-country, and the name alone agrees with the file's own code, apart from the listed disagreements of the data.
/// </summary>
public sealed class SharedDataResolutionTests
{
    private static readonly CountryRegistry R = Registry.Shared;

    /// <summary>File, code column, name column ("" when none), distinct countries resolved.</summary>
    public static TheoryData<string, string, string, int> Files => new()
    {
        { "conflict/ucdp_ged_conflict_deaths_by_country_owid.csv", "iso3", "Entity", 119 },
        { "cyber/cyber_security_indexes_gci2020_ncsi_cei_ddl.csv", "iso3", "Country", 192 },
        { "cyber/itu_gci_2017.csv", "iso3", "country", 195 },
        { "cyber/itu_gci_2018.csv", "iso3", "member_state", 194 },
        { "disasters/emdat_natural_disasters_owid.csv", "iso3", "Entity", 211 },
        { "events/gtd_events_2012_2017_subset.csv", "iso3", "country_gtd", 145 },
        { "food_security/global_hunger_index_2021_owid.csv", "iso3", "Entity", 128 },
        { "governance/corruption_perceptions_index_owid.csv", "iso3", "Entity", 180 },
        { "governance/wgi_1996_2019.csv", "wb_code", "country", 213 },
        { "governance/wgi_political_stability_1996_2019.csv", "wb_code", "country", 213 },
        { "governance/wjp_rule_of_law_2013_2020.csv", "Abbreviation", "Country", 128 },
        { "health_mortality/ihme_suicide_rates_by_sex_age_owid.csv", "iso3", "Entity", 193 },
        { "health_mortality/ihme_violence_mortality_owid.csv", "iso3", "Entity", 195 },
        { "homicide/homicide_rate_countries.csv", "iso3", "country", 200 },
        { "homicide/ihme_homicide_deaths_by_age_owid.csv", "Code", "Entity", 204 },
        { "homicide/unodc_homicide_rate_owid.csv", "Code", "Entity", 200 },
        { "justice/amnesty_executions_owid.csv", "iso3", "Entity", 40 },
        { "justice/wpb_prison_population_rate_owid.csv", "iso3", "Entity", 218 },
        { "population/population_gapminder_un_1800_2100_owid.csv", "iso3", "Entity", 197 },
        { "road_safety/who_road_deaths_by_user_type.csv", "code", "name", 147 },
        { "road_safety/who_road_traffic_death_rate.csv", "code", "name", 183 },
        { "road_safety/who_road_traffic_deaths.csv", "code", "name", 183 },
        { "terrorism/gtd_attacks_by_attack_type_owid.csv", "iso3", "Entity", 191 },
        { "terrorism/gtd_attacks_by_target_type_owid.csv", "iso3", "Entity", 191 },
        { "terrorism/gtd_attacks_by_weapon_type_owid.csv", "iso3", "Entity", 191 },
        { "terrorism/gtd_incidents_country_year_rdatasets.csv", "iso3", "country_gtd", 191 },
        { "terrorism/gtd_terrorism_fatalities_owid.csv", "Code", "Entity", 191 },
        { "terrorism/rand_terrorism_incidents_owid.csv", "iso3", "Entity", 170 },
        { "coinr-asem/iData.csv", "uCode", "uName", 51 },
        { "coinr-asem/reference/A_normalised.csv", "uCode", "", 51 },
        { "coinr-asem/reference/A_ranks.csv", "uCode", "", 51 },
        { "coinr-asem/reference/A_scores.csv", "uCode", "", 51 },
        { "coinr-asem/reference/UA_N1000_rankstats.csv", "uCode", "", 51 },
    };

    /// <summary>Files without country codes or names.</summary>
    private static readonly string[] WithoutEntities = ["coinr-asem/iMeta.csv"];

    /// <summary>Where the name alone and the file's code column disagree, and why the registry is right.</summary>
    private static readonly Dictionary<(string File, string Name), string> KnownDisagreements = new()
    {
        [("disasters/emdat_natural_disasters_owid.csv", "Saint Barthelemy")] =
            "the iso3 column was left blank, but Saint Barthélemy is an ISO 3166-1 entry (BLM)",
        [("terrorism/gtd_terrorism_fatalities_owid.csv", "People's Republic of the Congo")] =
            "the Code column is blank, but it is the Republic of the Congo (COG) under its 1970–1991 name, as the "
            + "reference name map says (GTD's years under either name do not overlap)",
        [("terrorism/rand_terrorism_incidents_owid.csv", "OWID_KOS")] =
            "the name column holds the OWID code OWID_KOS and iso3 is blank; the name read as a code is Kosovo",
        [("coinr-asem/iData.csv", "Korea")] =
            "'Korea' alone is ambiguous (KOR or PRK), so the name alone decides nothing; the code KOR does",
    };

    private static HashSet<(string Code, string Name)> Pairs(string file, string codeColumn, string nameColumn)
    {
        var diagnostics = new List<Diagnostic>();
        var table = CsvTable.Read(Path.Combine(SharedData.Root, file), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
        var code = table.ColumnOf(codeColumn);
        var name = nameColumn.Length == 0 ? -1 : table.ColumnOf(nameColumn);
        code.ShouldBeGreaterThanOrEqualTo(0, $"{file} has no column {codeColumn}");
        (nameColumn.Length == 0 || name >= 0).ShouldBeTrue($"{file} has no column {nameColumn}");
        return table.Rows.Select(r => (r.Fields[code], name < 0 ? "" : r.Fields[name])).ToHashSet();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Resolve_EveryPairInFile_IsACountryOrARecognisedNonCountry(string file, string codeColumn,
        string nameColumn, int countries)
    {
        var pairs = Pairs(file, codeColumn, nameColumn);
        var answers = pairs.Select(p => (Pair: p, Answer: R.Resolve(p.Code, p.Name))).ToList();
        var unknown = answers.Where(a => a.Answer.Kind == EntityKind.Unknown)
            .Select(a => $"({a.Pair.Code}, {a.Pair.Name}): {a.Answer.Reason}").ToList();
        unknown.ShouldBeEmpty(string.Join("\n", unknown));
        answers.Where(a => a.Answer.Country is not null).Select(a => a.Answer.Country!.Iso3).Distinct().Count()
            .ShouldBe(countries);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Resolve_NameAlone_AgreesWithTheFilesCode(string file, string codeColumn, string nameColumn,
        int countries)
    {
        _ = countries;
        if (nameColumn.Length == 0)
        {
            return;
        }

        var disagreements = new List<string>();
        foreach (var (code, name) in Pairs(file, codeColumn, nameColumn))
        {
            var byCode = code.Trim().Length == 0 ? null : R.Resolve(code, null);
            var byName = R.Resolve(null, name);
            var agree = byCode?.Country is { } expected
                ? byName.Country?.Iso3 == expected.Iso3
                : byName.Kind is not (EntityKind.Country or EntityKind.Unknown);
            if (!agree && !KnownDisagreements.ContainsKey((file, name)))
            {
                disagreements.Add($"({code}, {name}): code says {byCode?.Reason ?? "nothing"}, name says "
                    + $"{byName.Kind} {byName.Country?.Iso3} ({byName.Reason})");
            }
            else if (agree)
            {
                KnownDisagreements.ContainsKey((file, name)).ShouldBeFalse($"{name} in {file} now agrees");
            }
        }

        disagreements.ShouldBeEmpty(string.Join("\n", disagreements));
    }

    [Fact]
    public void Files_EveryCsvOfTheSharedData_IsCheckedOrListedAsWithoutEntities()
    {
        var checkedFiles = Files.Select(row => (string)row[0]).Concat(WithoutEntities).ToHashSet();
        var all = Directory.EnumerateFiles(SharedData.Root, "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SharedData.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("reference/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        all.Where(f => !checkedFiles.Contains(f)).ShouldBeEmpty();
        all.Count.ShouldBe(34);
    }
}
