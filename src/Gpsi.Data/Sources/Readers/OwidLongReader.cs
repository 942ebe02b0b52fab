namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads Our World in Data long CSV files (<c>Entity, Code, Year, value columns…</c>) and files of the same shape
/// (<c>country, iso3, year, …</c>). Each series names one value column. Options <c>code-column</c> (default: the first
/// of Code, iso3, code, ISO3, iso_code; required), <c>name-column</c> (Entity, entity, Country, country, name;
/// optional) and <c>year-column</c> (Year, year). A blank code (an aggregate such as a region) gives a record with a
/// null <see cref="SourceRecord.EntityCode"/>; resolving or excluding it is the loader's job.
/// </summary>
public sealed class OwidLongReader : ISourceReader
{
    private static readonly TableSpec Spec = new()
    {
        Format = SourceFormats.OwidLong,
        Code = new("code-column", "the entity code", ["Code", "iso3", "code", "ISO3", "iso_code"]),
        Name = new("name-column", "the entity name", ["Entity", "entity", "Country", "country", "name"], Required: false),
        Year = new("year-column", "the year", ["Year", "year"]),
    };

    /// <inheritdoc/>
    public string Format => Spec.Format;

    /// <summary>The option keys a catalogue entry of this format may use.</summary>
    public IReadOnlyList<string> Options { get; } = [.. Spec.OptionKeys];

    /// <inheritdoc/>
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
        TableReading.Read(Spec, entry, path, displayPath);
}
