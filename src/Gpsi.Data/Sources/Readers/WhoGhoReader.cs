namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads WHO Global Health Observatory exports tidied to <c>spatial_type, code, name, who_region, year, sex, value,
/// low, high</c>. A series names its value column (<c>value</c>) and usually filters a sex (<c>filter: { sex: both
/// }</c>). A row with a low or high bound is flagged <see cref="Core.Observations.ObservationFlags.Estimated"/>. Rows
/// of every spatial type (WHO regions, income groups) are kept as records with their own codes; the registry
/// excludes what is not a country. Options: <c>code-column</c>, <c>name-column</c>, <c>year-column</c>,
/// <c>low-column</c>, <c>high-column</c>.
/// </summary>
public sealed class WhoGhoReader : ISourceReader
{
    private static readonly TableSpec Spec = new()
    {
        Format = SourceFormats.WhoGho,
        Code = new("code-column", "the spatial code (ISO3 for countries)", ["code", "SpatialDim"]),
        Name = new("name-column", "the name", ["name"], Required: false),
        Year = new("year-column", "the year", ["year", "TimeDim"]),
        Bounds =
        [
            new("low-column", "the lower uncertainty bound", ["low", "Low"], Required: false),
            new("high-column", "the upper uncertainty bound", ["high", "High"], Required: false),
        ],
    };

    /// <inheritdoc/>
    public string Format => Spec.Format;

    /// <summary>The option keys a catalogue entry of this format may use.</summary>
    public IReadOnlyList<string> Options { get; } = [.. Spec.OptionKeys];

    /// <inheritdoc/>
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
        TableReading.Read(Spec, entry, path, displayPath);
}
