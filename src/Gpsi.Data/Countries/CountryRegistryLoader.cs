using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Countries;

/// <summary>
/// Builds a <see cref="CountryRegistry"/> from the reference tables and the embedded alias table: first the countries
/// (ISO 3166-1 plus Kosovo) and their fields, then the codes, then the spellings, then the income history.
/// </summary>
internal sealed class CountryRegistryLoader
{
    private const string Kosovo = "XKX";

    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, CsvTable> _tables;
    private readonly ImmutableArray<AliasEntry> _aliases;
    private readonly Dictionary<string, CountryDraft> _drafts = new(StringComparer.Ordinal);
    private readonly EntityIndexBuilder _index = new();
    private readonly HashSet<(string File, string Code)> _warned = [];
    private Dictionary<string, Country> _countries = [];

    private CountryRegistryLoader(Dictionary<string, CsvTable> tables, ImmutableArray<AliasEntry> aliases,
        List<Diagnostic> diagnostics)
    {
        _tables = tables;
        _aliases = aliases;
        _diagnostics = diagnostics;
    }

    /// <summary>See <see cref="CountryRegistry.Load"/>.</summary>
    public static CountryRegistry? Load(string dataDirectory, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var tables = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
        foreach (var file in ReferenceFiles.All)
        {
            if (CsvTable.Read(Path.Combine(dataDirectory, ReferenceFiles.Folder, file), diagnostics) is { } table)
            {
                tables[file] = table;
            }
        }

        var aliases = AliasTable.Read(diagnostics);
        if (tables.Count < ReferenceFiles.All.Length || aliases is null)
        {
            return null;
        }

        var loader = new CountryRegistryLoader(tables, aliases.Value, diagnostics);
        var registry = loader.Run();
        return diagnostics.Count(d => d.Severity == Severity.Error) > errors ? null : registry;
    }

    private CountryRegistry? Run()
    {
        if (!ReadIso() || !ReadMledoze() || !ApplyCorrections() || !ReadWorldBank() || !ReadWho())
        {
            return null;
        }

        _countries = _drafts.Values.Select(d => d.ToCountry()).ToDictionary(c => c.Iso3.Value, StringComparer.Ordinal);
        AddCodes();
        if (!AddNames())
        {
            return null;
        }

        var history = IncomeHistoryReader.Read(Table(ReferenceFiles.WbHistory), _countries, _index, Warn,
            _diagnostics);
        if (history is null)
        {
            return null;
        }

        var ordered = _countries.Values.OrderBy(c => c.Iso3.Value, StringComparer.Ordinal).ToImmutableArray();
        return new CountryRegistry(ordered, _index.Build(), history);
    }

    private CsvTable Table(string file) => _tables[file];

    private bool Columns(string file, string[] names, out int[] columns) =>
        ReferenceColumns.Find(Table(file), names, _diagnostics, out columns);

    private bool ReadIso()
    {
        var t = Table(ReferenceFiles.Iso);
        if (!Columns(ReferenceFiles.Iso, ["name", "alpha-2", "alpha-3", "country-code", "region", "sub-region"],
                out var c))
        {
            return false;
        }

        var iso2Seen = new HashSet<string>(StringComparer.Ordinal);
        var numericSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in t.Rows)
        {
            var iso3 = row.Fields[c[2]].Trim();
            var iso2 = row.Fields[c[1]].Trim();
            var numeric = row.Fields[c[3]].Trim();
            if (!Check(CountryCode.IsValid(iso3) && !_drafts.ContainsKey(iso3), t, row, c[2], iso3,
                    "a new ISO 3166-1 alpha-3 code (three capital letters)")
                || !Check(iso2.Length == 2 && iso2.All(char.IsAsciiLetterUpper) && iso2Seen.Add(iso2), t, row, c[1],
                    iso2, "a new ISO 3166-1 alpha-2 code (two capital letters)")
                || !Check(numeric.Length == 3 && numeric.All(char.IsAsciiDigit) && numericSeen.Add(numeric), t, row,
                    c[3], numeric, "a new ISO 3166-1 numeric code (three digits)"))
            {
                continue;
            }

            _drafts[iso3] = new CountryDraft(iso3, iso2, numeric, row.Fields[c[0]].Trim())
            {
                M49Region = Blank(row.Fields[c[4]]),
                M49SubRegion = Blank(row.Fields[c[5]]),
            };
        }

        return true;
    }

    private bool ReadMledoze()
    {
        var t = Table(ReferenceFiles.Mledoze);
        if (!Columns(ReferenceFiles.Mledoze, ["name_common", "cca2", "cca3", "independent", "un_member", "area_km2"],
                out var c))
        {
            return false;
        }

        foreach (var row in t.Rows)
        {
            var code = row.Fields[c[2]].Trim();
            var draft = _drafts.GetValueOrDefault(code);
            if (draft is null && CountryAlias(code) == Kosovo && !_drafts.ContainsKey(Kosovo))
            {
                draft = _drafts[Kosovo] = new CountryDraft(Kosovo, row.Fields[c[1]].Trim(), null,
                    row.Fields[c[0]].Trim());
            }

            if (draft is null)
            {
                Warn(t, row, c[2], code);
                continue;
            }

            var unMember = Flag(t, row, c[4], allowBlank: false);
            var independent = Flag(t, row, c[3], allowBlank: true);
            if (!CsvCells.TryNumber(t, row, c[5], _diagnostics, out var area))
            {
                continue;
            }

            draft.CommonName = Blank(row.Fields[c[0]]);
            draft.UnMember = unMember ?? false;
            draft.Independent = independent;
            draft.AreaKm2 = double.IsNaN(area) || area < 0 ? null : area; // world-countries writes -1 for unknown
        }

        if (!_drafts.ContainsKey(Kosovo))
        {
            _diagnostics.Add(Diagnostic.Error("countries.no-kosovo", "Kosovo is missing from world-countries.",
                new SourceLocation(t.File), null, "a row with cca3 UNK or XKX"));
            return false;
        }

        foreach (var missing in _drafts.Values.Where(d => d.CommonName is null && d.Iso3 != Kosovo))
        {
            _diagnostics.Add(Diagnostic.Warning("countries.no-details",
                $"{missing.Iso3} has no world-countries row: no area, not a UN member.", new SourceLocation(t.File)));
        }

        return true;
    }

    private bool ApplyCorrections()
    {
        var t = EmbeddedTable.Read("Gpsi.Data.Countries.corrections.csv", "corrections.csv (embedded)", _diagnostics);
        if (t is null || !ReferenceColumns.Find(t, ["iso3", "field", "value"], _diagnostics, out var c))
        {
            return false;
        }

        foreach (var row in t.Rows)
        {
            var draft = _drafts.GetValueOrDefault(row.Fields[c[0]].Trim());
            if (Check(draft is not null, t, row, c[0], row.Fields[c[0]], "a registry code")
                && Check(row.Fields[c[1]].Trim() == "un_member", t, row, c[1], row.Fields[c[1]], "un_member")
                && Flag(t, row, c[2], allowBlank: false) is { } value)
            {
                draft!.UnMember = value;
            }
        }

        return true;
    }

    private bool ReadWorldBank()
    {
        var t = Table(ReferenceFiles.WbIncome);
        if (!Columns(ReferenceFiles.WbIncome, ["economy", "code", "region", "income_group"], out var c))
        {
            return false;
        }

        foreach (var row in t.Rows)
        {
            var code = row.Fields[c[1]].Trim();
            var region = Blank(row.Fields[c[2]]);
            var income = Blank(row.Fields[c[3]]);
            if (region is null)
            {
                continue; // an aggregate: registered with the codes
            }

            if (!Check(income is null || ReferenceFiles.IncomeGroups.Contains(income), t, row, c[3], income,
                    "Low income, Lower middle income, Upper middle income, High income or empty"))
            {
                continue;
            }

            var draft = _drafts.GetValueOrDefault(code) ?? _drafts.GetValueOrDefault(CountryAlias(code) ?? "");
            if (draft is not null)
            {
                draft.WbRegion = region;
                draft.IncomeGroup = income;
            }
            else if (!IsKnownNonCountryCode(code))
            {
                Warn(t, row, c[1], code);
            }
        }

        return true;
    }

    private bool ReadWho()
    {
        var t = Table(ReferenceFiles.Who);
        if (!Columns(ReferenceFiles.Who, ["Code", "Title", "ParentCode", "ParentTitle"], out var c))
        {
            return false;
        }

        foreach (var row in t.Rows)
        {
            var code = row.Fields[c[0]].Trim();
            if (_drafts.GetValueOrDefault(code) is { } draft)
            {
                draft.WhoRegion = Blank(row.Fields[c[3]]);
            }
            else if (!IsKnownNonCountryCode(code) && CountryAlias(code) is null)
            {
                Warn(t, row, c[0], code);
            }
        }

        return true;
    }

    private void AddCodes()
    {
        foreach (var alias in _aliases.Where(a => a.IsCode))
        {
            var meaning = alias.Kind == "country"
                ? _countries.GetValueOrDefault(alias.Iso3) is { } country
                    ? new EntityResolution(EntityKind.Country, country, alias.Note)
                    : null
                : AliasMeaning(alias);
            if (meaning is null)
            {
                _diagnostics.Add(Diagnostic.Error("countries.alias-target", "The alias points to no registry entry.",
                    alias.Where, alias.Iso3, "an ISO 3166-1 alpha-3 code of the registry or XKX"));
                continue;
            }

            _index.AddCode(alias.Value, meaning, alias.Where, _diagnostics);
        }

        foreach (var country in _countries.Values)
        {
            _index.AddCode(country.Iso3.Value, new EntityResolution(EntityKind.Country, country,
                "ISO 3166-1 alpha-3"), new SourceLocation(ReferenceFiles.Iso), _diagnostics);
        }

        var wb = Table(ReferenceFiles.WbIncome);
        foreach (var row in wb.Rows.Where(r => Blank(r.Fields[wb.ColumnOf("region")]) is null))
        {
            _index.AddAggregateCodeIfAbsent(row.Fields[wb.ColumnOf("code")], "aggregate: World Bank group");
        }

        var groups = Table(ReferenceFiles.WbGroups);
        var groupCode = groups.ColumnOf("group_code");
        foreach (var row in groupCode < 0 ? [] : groups.Rows)
        {
            _index.AddAggregateCodeIfAbsent(row.Fields[groupCode], "aggregate: World Bank group");
        }

        var who = Table(ReferenceFiles.Who);
        foreach (var row in who.Rows)
        {
            _index.AddAggregateCodeIfAbsent(row.Fields[who.ColumnOf("ParentCode")], "aggregate: WHO region");
        }
    }

    private bool AddNames()
    {
        foreach (var alias in _aliases.Where(a => !a.IsCode && a.Kind == "ignore"))
        {
            _index.Ignore(alias.Value);
        }

        var names = new ReferenceNames(_index, Warn, _diagnostics);
        if (!names.AddAll(_tables))
        {
            return false;
        }

        foreach (var alias in _aliases.Where(a => !a.IsCode && a.Kind != "ignore"))
        {
            if (alias.Kind == "country")
            {
                if (_countries.GetValueOrDefault(alias.Iso3) is { } country)
                {
                    _index.AddCountryName(alias.Value, country, alias.Note, alias.Where, _diagnostics);
                }
                else
                {
                    _diagnostics.Add(Diagnostic.Error("countries.alias-target",
                        "The alias points to no registry entry.", alias.Where, alias.Iso3,
                        "an ISO 3166-1 alpha-3 code of the registry or XKX"));
                }

                continue;
            }

            _index.AddName(alias.Value, AliasMeaning(alias), alias.Where, _diagnostics);
        }

        names.AddRegionNames(_tables);
        return true;
    }

    private static EntityResolution AliasMeaning(AliasEntry alias) => new(alias.Kind switch
    {
        "aggregate" => EntityKind.Aggregate,
        "historical" => EntityKind.Historical,
        "subnational" => EntityKind.SubNational,
        _ => EntityKind.Unknown,
    }, null, alias.Note);

    /// <summary>The registry code a country code alias points to (UNK → XKX), or null.</summary>
    private string? CountryAlias(string code) =>
        _aliases.FirstOrDefault(a => a.IsCode && a.Kind == "country"
            && string.Equals(a.Value, code, StringComparison.OrdinalIgnoreCase))?.Iso3;

    private bool IsKnownNonCountryCode(string code) =>
        _aliases.Any(a => a.IsCode && a.Kind != "country"
            && string.Equals(a.Value, code, StringComparison.OrdinalIgnoreCase));

    private void Warn(CsvTable table, CsvRow row, int column, string code)
    {
        if (_warned.Add((table.File, code)))
        {
            _diagnostics.Add(Diagnostic.Warning("countries.unclassified-code",
                $"Code '{code}' is neither in the registry nor in the alias table; its rows are ignored.",
                table.Cell(row, column), code, "an ISO 3166-1 alpha-3 code or a row in aliases.csv"));
        }
    }

    private bool Check(bool ok, CsvTable table, CsvRow row, int column, string? found, string expected)
    {
        if (!ok)
        {
            _diagnostics.Add(Diagnostic.Error("countries.bad-cell", "A reference cell has an unexpected value.",
                table.Cell(row, column), found, expected));
        }

        return ok;
    }

    private bool? Flag(CsvTable table, CsvRow row, int column, bool allowBlank)
    {
        var text = row.Fields[column].Trim();
        if (text.Length == 0 && allowBlank)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Check(false, table, row, column, text, allowBlank ? "True, False or empty" : "True or False");
        return null;
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
