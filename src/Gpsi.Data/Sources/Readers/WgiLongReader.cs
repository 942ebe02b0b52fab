namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads the Worldwide Governance Indicators in long form (<c>country, wb_code, year, estimate, pctrank_lower,
/// num_sources, pctrank, std_err, pctrank_upper, indicator</c>). Every series must filter one indicator
/// (<c>filter: { indicator: PoliticalStability }</c>), and its column picks the measure (<c>estimate</c>,
/// <c>std_err</c>, <c>pctrank</c> …). Codes are WGI codes (ROM, ZAR, KSV …), left for the registry to map.
/// Options: <c>code-column</c>, <c>name-column</c>, <c>year-column</c>.
/// </summary>
public sealed class WgiLongReader : ISourceReader
{
    private static readonly TableSpec Spec = new()
    {
        Format = SourceFormats.WgiLong,
        Code = new("code-column", "the WGI country code", ["wb_code", "code", "Code"]),
        Name = new("name-column", "the country name", ["country", "Country"], Required: false),
        Year = new("year-column", "the year", ["year", "Year"]),
        RequiredFilter = "indicator",
    };

    /// <inheritdoc/>
    public string Format => Spec.Format;

    /// <summary>The option keys a catalogue entry of this format may use.</summary>
    public IReadOnlyList<string> Options { get; } = [.. Spec.OptionKeys];

    /// <inheritdoc/>
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
        TableReading.Read(Spec, entry, path, displayPath);
}
