using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Countries;

/// <summary>
/// The countries and territories GPSI knows (the 249 ISO 3166-1 entries plus Kosovo, XKX), their codes, regions and
/// classifications, and the resolver that tells which country a code or name in a source file denotes — or that it
/// is an aggregate, a historical state or a sub-national unit, so it is excluded rather than matched by accident.
/// Built from <c>reference/</c> of the shared data and the embedded alias table; see <c>docs/country-registry.md</c>.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class CountryRegistry
{
    private readonly FrozenDictionary<string, Country> _byIso3;
    private readonly FrozenDictionary<string, Country> _byIso2;
    private readonly FrozenDictionary<int, Country> _byNumeric;
    private readonly EntityIndex _index;
    private readonly IncomeHistory _history;

    internal CountryRegistry(ImmutableArray<Country> countries, EntityIndex index, IncomeHistory history)
    {
        Countries = countries;
        _index = index;
        _history = history;
        _byIso3 = countries.ToFrozenDictionary(c => c.Iso3.Value, StringComparer.Ordinal);
        _byIso2 = countries.ToFrozenDictionary(c => c.Iso2, StringComparer.OrdinalIgnoreCase);
        _byNumeric = countries.Where(c => c.Numeric is not null)
            .ToFrozenDictionary(c => int.Parse(c.Numeric!, CultureInfo.InvariantCulture));
    }

    /// <summary>Every country, ordered by ISO alpha-3 (ordinal): the ISO 3166-1 entries and Kosovo (XKX).</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>
    /// Reads the registry from <c><paramref name="dataDirectory"/>/reference/</c> (the shared data folder, see
    /// <see cref="DataDirectory"/>). A missing or unreadable file, a missing column, a malformed cell (a code of the
    /// wrong shape, an unknown income group, a non-numeric area …) or a spelling that two sources give different
    /// countries is an error diagnostic naming file, line and column; then the result is null. A code in a reference
    /// file that neither the registry nor the alias table knows is a warning (its rows are ignored).
    /// </summary>
    public static CountryRegistry? Load(string dataDirectory, List<Diagnostic> diagnostics) =>
        CountryRegistryLoader.Load(dataDirectory, diagnostics);

    /// <summary>The country with ISO alpha-3 <paramref name="iso3"/> (or XKX), or null.</summary>
    public Country? Find(CountryCode iso3) => iso3.Value is { } v ? _byIso3.GetValueOrDefault(v) : null;

    /// <summary>
    /// The country with ISO 3166-1 numeric code <paramref name="numeric"/>: one to three ASCII digits, leading zeros
    /// optional (<c>4</c> and <c>004</c> are Afghanistan). Null for anything else and for unassigned numbers; Kosovo
    /// has no numeric code.
    /// </summary>
    public Country? FindByNumeric(string? numeric)
    {
        var text = numeric?.Trim();
        return text is { Length: >= 1 and <= 3 } && text.All(char.IsAsciiDigit)
            ? _byNumeric.GetValueOrDefault(int.Parse(text, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>The country with ISO alpha-2 <paramref name="iso2"/> (case ignored; Kosovo is XK), or null.</summary>
    public Country? FindByIso2(string? iso2) => iso2 is null ? null : _byIso2.GetValueOrDefault(iso2.Trim());

    /// <summary>
    /// The World Bank income group (<c>Low income</c>, <c>Lower middle income</c>, <c>Upper middle income</c>,
    /// <c>High income</c>) of a country in a year. The rule: before 1987 null (the classification did not exist);
    /// 1987–2016 the historical classification (OGHIST via OWID; the year is the classification year as OWID gives
    /// it), null when the country was not classified that year; from 2017 on the FY2024 classification, because the
    /// data hold no year in between — so 2017–2023 are approximated by FY2024. Null for an unknown code and where
    /// FY2024 leaves a country unclassified (Venezuela).
    /// </summary>
    public string? IncomeGroupIn(CountryCode iso3, int year)
    {
        if (Find(iso3) is not { } country || year < _history.FirstYear)
        {
            return null;
        }

        return year <= _history.LastYear
            ? _history.Groups.GetValueOrDefault((country.Iso3.Value, year))
            : country.IncomeGroup;
    }

    /// <summary>
    /// The World Bank region of a country in a year, by the same rule as <see cref="IncomeGroupIn"/> as far as the
    /// data allow: before 1987 null; from 1987 on the FY2024 region, since the data hold no region history (the
    /// World Bank has rarely moved a country between regions). Null for an unknown code and for places the World
    /// Bank does not list (Antarctica and small territories such as Åland).
    /// </summary>
    public string? WbRegionIn(CountryCode iso3, int year) =>
        Find(iso3) is { } country && year >= _history.FirstYear ? country.WbRegion : null;

    /// <summary>
    /// Which entity a code and/or name from a source file denotes. Both are trimmed; either may be null or empty.
    /// <list type="number">
    /// <item>A code that is an alpha-3 code of the registry wins (reason <c>ISO 3166-1 alpha-3</c>; XKX's reason
    /// says it is user-assigned); codes are matched ignoring case.</item>
    /// <item>A known non-ISO code maps through the alias table (reason e.g. <c>WGI code ROM …</c>); a code of an
    /// aggregate, historical state or sub-national unit gives that kind.</item>
    /// <item>Otherwise the name decides, after <see cref="CountryNames.Normalise"/>; a name that is itself a code
    /// (<c>OWID_KOS</c>) is tried as a code.</item>
    /// <item>A code and a name that point to different countries — or one to a country and the other to a
    /// non-country — give <see cref="EntityKind.Unknown"/> with a reason saying so: never a guess. A name that is
    /// ambiguous (<c>Korea</c>) or unknown leaves the decision to the code.</item>
    /// </list>
    /// Never throws for any input; answers are cached, so repeated pairs cost one dictionary lookup.
    /// </summary>
    public EntityResolution Resolve(string? code, string? name) => _index.Resolve(code, name);
}
