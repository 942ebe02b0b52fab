namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads an Rdatasets-style country-year grid (<c>country_gtd, iso3, year, incidents</c>), zero-filled: a 0 is a
/// reported zero, not a gap. Rows without iso3 (historical states, "International") give records with a null code.
/// Options: <c>code-column</c>, <c>name-column</c>, <c>year-column</c>.
/// </summary>
public sealed class RdatasetsGridReader : ISourceReader
{
    private static readonly TableSpec Spec = new()
    {
        Format = SourceFormats.RdatasetsGrid,
        Code = new("code-column", "the country code", ["iso3", "code"]),
        Name = new("name-column", "the country name", ["country_gtd", "country", "name"], Required: false),
        Year = new("year-column", "the year", ["year", "Year"]),
    };

    /// <inheritdoc/>
    public string Format => Spec.Format;

    /// <summary>The option keys a catalogue entry of this format may use.</summary>
    public IReadOnlyList<string> Options { get; } = [.. Spec.OptionKeys];

    /// <inheritdoc/>
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
        TableReading.Read(Spec, entry, path, displayPath);
}
