using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Countries;

/// <summary>
/// Registers every spelling the reference tables give a code (ISO names, world-countries common and official names,
/// World Bank economy names, WHO titles, the income history's names and the 885-row name map), and afterwards the
/// region and group names they list as aggregates.
/// </summary>
internal sealed class ReferenceNames(
    EntityIndexBuilder index,
    Action<CsvTable, CsvRow, int, string> warn,
    List<Diagnostic> diagnostics)
{
    private static readonly (string File, string Name, string Code, string Source)[] Spellings =
    [
        (ReferenceFiles.Iso, "name", "alpha-3", "ISO 3166-1 name"),
        (ReferenceFiles.Mledoze, "name_common", "cca3", "world-countries common name"),
        (ReferenceFiles.Mledoze, "name_official", "cca3", "world-countries official name"),
        (ReferenceFiles.WbIncome, "economy", "code", "World Bank economy name"),
        (ReferenceFiles.WbGroups, "country_name", "country_code", "World Bank economy name"),
        (ReferenceFiles.Who, "Title", "Code", "WHO GHO title"),
        (ReferenceFiles.WbHistory, "country", "iso3", "World Bank income history name"),
        (ReferenceFiles.NameMap, "name_lowercase", "iso3", "reference name map"),
    ];

    /// <summary>Adds the spellings of countries (and of the few non-countries the tables code); false when a table
    /// lacks a column.</summary>
    public bool AddAll(IReadOnlyDictionary<string, CsvTable> tables)
    {
        var ok = true;
        foreach (var (file, nameColumn, codeColumn, source) in Spellings)
        {
            var table = tables[file];
            if (!ReferenceColumns.Find(table, [nameColumn, codeColumn], diagnostics, out var c))
            {
                ok = false;
                continue;
            }

            var regionColumn = file == ReferenceFiles.WbIncome ? table.ColumnOf("region") : -1;
            foreach (var row in table.Rows)
            {
                var code = row.Fields[c[1]].Trim();
                if (code.Length == 0 || (regionColumn >= 0 && string.IsNullOrWhiteSpace(row.Fields[regionColumn])))
                {
                    continue; // no code (Czechoslovakia in the history), or a World Bank aggregate (added later)
                }

                var name = row.Fields[c[0]];
                var where = table.Cell(row, c[0]);
                switch (index.Code(code))
                {
                    case null:
                        warn(table, row, c[1], code);
                        break;
                    case { Kind: EntityKind.Country, Country: { } country }:
                        index.AddCountryName(name, country, source, where, diagnostics);
                        break;
                    case { } other:
                        index.AddName(name, other, where, diagnostics);
                        break;
                }
            }
        }

        return ok;
    }

    /// <summary>Adds the World Bank group names, the WHO region names and the UN M49 region names as aggregates where
    /// no country already has the spelling.</summary>
    public void AddRegionNames(IReadOnlyDictionary<string, CsvTable> tables)
    {
        Add(tables[ReferenceFiles.WbIncome], "economy", "aggregate: World Bank group",
            row => string.IsNullOrWhiteSpace(row.Fields[tables[ReferenceFiles.WbIncome].ColumnOf("region")]));
        Add(tables[ReferenceFiles.WbGroups], "group_name", "aggregate: World Bank group");
        Add(tables[ReferenceFiles.Who], "ParentTitle", "aggregate: WHO region");
        foreach (var column in (string[])["region", "sub-region", "intermediate-region"])
        {
            Add(tables[ReferenceFiles.Iso], column, "aggregate: UN M49 region");
        }
    }

    private void Add(CsvTable table, string column, string reason, Func<CsvRow, bool>? where = null)
    {
        var c = table.ColumnOf(column);
        if (c < 0)
        {
            return;
        }

        foreach (var row in table.Rows.Where(r => where is null || where(r)))
        {
            index.AddAggregateNameIfAbsent(row.Fields[c], reason);
        }
    }
}
