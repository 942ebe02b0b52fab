namespace Gpsi.Data.Sources;

/// <summary>The file layouts the catalogue can name in <see cref="SourceEntry.Format"/>.</summary>
public static class SourceFormats
{
    /// <summary>Our World in Data long CSV: entity, code, year, one or many value columns.</summary>
    public const string OwidLong = "owid-long";

    /// <summary>WHO GHO export tidied to spatial_type, code, name, year, sex, value, low, high.</summary>
    public const string WhoGho = "who-gho";

    /// <summary>Worldwide Governance Indicators long: country, wb_code, year, estimate …, indicator.</summary>
    public const string WgiLong = "wgi-long";

    /// <summary>World Justice Project wide table: one row per country-year, one column per factor.</summary>
    public const string WjpWide = "wjp-wide";

    /// <summary>ITU Global Cybersecurity Index table for one edition (one year, 0–1 or 0–100).</summary>
    public const string ItuGci = "itu-gci";

    /// <summary>Rdatasets-style grid: name, iso3, year, value, zero-filled.</summary>
    public const string RdatasetsGrid = "rdatasets-grid";

    /// <summary>Event-level terrorism rows (GTD): aggregated to country-year incidents, deaths, injuries, damage bands.</summary>
    public const string GtdEvents = "gtd-events";

    /// <summary>World Bank API v2 JSON (<c>[paging, rows]</c>).</summary>
    public const string WorldBankJson = "worldbank-json";

    /// <summary>WHO GHO OData JSON (<c>{"value": [...]}</c>).</summary>
    public const string GhoOData = "gho-odata";

    /// <summary>SDMX-CSV (REF_AREA, TIME_PERIOD, OBS_VALUE, UNIT_MEASURE …).</summary>
    public const string SdmxCsv = "sdmx-csv";

    /// <summary>Generic long CSV: unit, indicator, year, value (and optionally unit_of_measure).</summary>
    public const string GenericLong = "generic-long";

    /// <summary>A reference table (codes, names, regions, groups) kept for provenance; it yields no series.</summary>
    public const string Reference = "reference";

    /// <summary>Map geometry (TopoJSON) kept for provenance; it yields no series.</summary>
    public const string TopoJson = "topojson";

    /// <summary>COINr example input or reference output kept for provenance; it yields no series.</summary>
    public const string Coinr = "coinr";

    /// <summary>The formats that hold indicator values: a catalogue entry in one of them lists at least one series.</summary>
    public static IReadOnlyList<string> Data { get; } =
    [
        OwidLong, WhoGho, WgiLong, WjpWide, ItuGci, RdatasetsGrid, GtdEvents, WorldBankJson, GhoOData, SdmxCsv,
        GenericLong,
    ];

    /// <summary>The formats that only describe a file (reference tables, geometry, COINr examples): no series.</summary>
    public static IReadOnlyList<string> Descriptive { get; } = [Reference, TopoJson, Coinr];

    /// <summary>Every format a catalogue entry may name.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Data, .. Descriptive];

    /// <summary>True when <paramref name="format"/> holds indicator values (see <see cref="Data"/>).</summary>
    public static bool HasSeries(string format) => Data.Contains(format, StringComparer.Ordinal);
}
