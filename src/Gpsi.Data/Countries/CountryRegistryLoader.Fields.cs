using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Countries;

/// <summary>The first stage of the load: each country's codes, names and fields from the reference tables.</summary>
internal sealed partial class CountryRegistryLoader
{
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
