using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Countries;

/// <summary>
/// Builds a <see cref="CountryRegistry"/> from the reference tables and the embedded alias table: first the countries
/// (ISO 3166-1 plus Kosovo) and their fields, then the codes, then the spellings, then the income history.
/// </summary>
internal sealed partial class CountryRegistryLoader
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
}
