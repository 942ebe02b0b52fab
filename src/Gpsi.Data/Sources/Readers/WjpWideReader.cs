namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads the World Justice Project Rule of Law Index table: one row per country and edition, one column per score
/// (headers such as <c>Factor 5:Order and Security</c> or <c>5.1 Crime is effectively controlled</c>, quoted when
/// they hold commas). <c>Abbreviation</c> is the country code. A year written as an edition (<c>2017-2018</c>) is read
/// as its second year, and the record says so in its transformations. Options: <c>code-column</c>,
/// <c>name-column</c>, <c>year-column</c>.
/// </summary>
public sealed class WjpWideReader : ISourceReader
{
    private static readonly TableSpec Spec = new()
    {
        Format = SourceFormats.WjpWide,
        Code = new("code-column", "the country code", ["Abbreviation", "Code", "iso3"]),
        Name = new("name-column", "the country name", ["Country", "country"], Required: false),
        Year = new("year-column", "the year or edition", ["Year", "year"]),
        EditionYears = true,
    };

    /// <inheritdoc/>
    public string Format => Spec.Format;

    /// <summary>The option keys a catalogue entry of this format may use.</summary>
    public IReadOnlyList<string> Options { get; } = [.. Spec.OptionKeys];

    /// <inheritdoc/>
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
        TableReading.Read(Spec, entry, path, displayPath);
}
