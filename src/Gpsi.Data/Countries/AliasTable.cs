using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Countries;

/// <summary>
/// Reads the alias table kept as data (<c>src/Gpsi.Data/Countries/aliases.csv</c>, embedded): non-ISO codes and extra
/// spellings of countries, and the codes and names of aggregates, historical and sub-national entities.
/// </summary>
internal static class AliasTable
{
    /// <summary>The file name used in diagnostics.</summary>
    public const string File = "aliases.csv (embedded)";

    private static readonly string[] Kinds =
        ["country", "aggregate", "historical", "subnational", "ambiguous", "ignore"];

    /// <summary>The rows, or null with diagnostics when the table is malformed.</summary>
    public static ImmutableArray<AliasEntry>? Read(List<Diagnostic> diagnostics)
    {
        var table = EmbeddedTable.Read("Gpsi.Data.Countries.aliases.csv", File, diagnostics);
        if (table is null || !ReferenceColumns.Find(table, ["kind", "match", "value", "iso3", "note"], diagnostics,
                out var c))
        {
            return null;
        }

        var errors = diagnostics.Count;
        var rows = ImmutableArray.CreateBuilder<AliasEntry>();
        foreach (var row in table.Rows)
        {
            var kind = row.Fields[c[0]].Trim();
            var match = row.Fields[c[1]].Trim();
            var value = row.Fields[c[2]].Trim();
            var iso3 = row.Fields[c[3]].Trim();
            if (!Kinds.Contains(kind))
            {
                diagnostics.Add(Diagnostic.Error("countries.alias-kind", "Unknown alias kind.", table.Cell(row, c[0]),
                    kind, string.Join(", ", Kinds)));
            }
            else if (match is not ("code" or "name"))
            {
                diagnostics.Add(Diagnostic.Error("countries.alias-match", "An alias matches a code or a name.",
                    table.Cell(row, c[1]), match, "code or name"));
            }
            else if (value.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error("countries.alias-value", "An alias needs a code or name.",
                    table.Cell(row, c[2]), value, "a non-empty code or name"));
            }
            else if ((kind == "country") != CountryCodeShape(iso3))
            {
                diagnostics.Add(Diagnostic.Error("countries.alias-iso3",
                    "A country alias names its ISO alpha-3 code; other kinds leave iso3 empty.", table.Cell(row, c[3]),
                    iso3, kind == "country" ? "three capital letters" : "an empty cell"));
            }
            else
            {
                rows.Add(new AliasEntry(kind, match == "code", value, iso3, row.Fields[c[4]].Trim(),
                    table.Cell(row, c[2])));
            }
        }

        return diagnostics.Count > errors ? null : rows.ToImmutable();
    }

    private static bool CountryCodeShape(string iso3) => Gpsi.Core.Observations.CountryCode.IsValid(iso3);
}
