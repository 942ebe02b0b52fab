namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads a generic long CSV: <c>unit, indicator, year, value</c> and optionally <c>unit_of_measure</c> (copied to
/// <see cref="SourceRecord.SourceUnit"/>) and <c>name</c>. Here <c>unit</c> is the country (COINr's word); a series'
/// column is the indicator code whose rows it takes. Options: <c>unit-column</c>, <c>name-column</c>,
/// <c>indicator-column</c>, <c>year-column</c>, <c>value-column</c>, <c>unit-of-measure-column</c>.
/// </summary>
public sealed class GenericLongReader : ISourceReader
{
    private static readonly TableSpec Spec = new()
    {
        Format = SourceFormats.GenericLong,
        Code = new("unit-column", "the country code", ["unit", "iso3", "code"]),
        Name = new("name-column", "the country name", ["name", "unit_name"], Required: false),
        Year = new("year-column", "the year", ["year"]),
        SeriesKey = new("indicator-column", "the indicator code", ["indicator"]),
        Value = new("value-column", "the value", ["value"]),
        SourceUnit = new("unit-of-measure-column", "the unit of measure", ["unit_of_measure"], Required: false),
    };

    /// <inheritdoc/>
    public string Format => Spec.Format;

    /// <summary>The option keys a catalogue entry of this format may use.</summary>
    public IReadOnlyList<string> Options { get; } = [.. Spec.OptionKeys];

    /// <inheritdoc/>
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
        TableReading.Read(Spec, entry, path, displayPath);
}
