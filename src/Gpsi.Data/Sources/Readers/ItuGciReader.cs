namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads one edition of the ITU Global Cybersecurity Index (<c>country, iso3, gci_score …</c>). The file has no year
/// column: option <c>year</c> is required and gives every record its year. Scores published on 0–1 become 0–100
/// through the series' <c>scale: 100</c>. Options: <c>year</c>, <c>code-column</c>, <c>name-column</c>.
/// </summary>
public sealed class ItuGciReader : ISourceReader
{
    private static readonly TableSpec Spec = new()
    {
        Format = SourceFormats.ItuGci,
        Code = new("code-column", "the country code", ["iso3", "ISO3", "code"]),
        Name = new("name-column", "the country name", ["country", "member_state", "Country", "name"], Required: false),
    };

    /// <inheritdoc/>
    public string Format => Spec.Format;

    /// <summary>The option keys a catalogue entry of this format may use.</summary>
    public IReadOnlyList<string> Options { get; } = [.. Spec.OptionKeys];

    /// <inheritdoc/>
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
        TableReading.Read(Spec, entry, path, displayPath);
}
