namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Reads SDMX-CSV 1.0 (first column <c>DATAFLOW</c>) and 2.0 (<c>STRUCTURE</c>, <c>STRUCTURE_ID</c>, optional
/// labels as <c>CODE: label</c> in headers and cells). A series' column is the code the indicator dimension must
/// have (<c>INDICATOR</c>, else <c>SERIES</c>, else <c>MEASURE</c>; option <c>indicator-column</c>), or
/// <c>OBS_VALUE</c> to take every row; other dimensions are restricted with the series filter. Values come from
/// <c>OBS_VALUE</c> (blank or <c>NaN</c> is missing), the year from <c>TIME_PERIOD</c> (annual only), the unit from
/// <c>UNIT_MEASURE</c> into <see cref="SourceRecord.SourceUnit"/>, and <c>OBS_STATUS</c> <c>E</c> flags an estimate.
/// Options: <c>ref-area-column</c>, <c>time-column</c>, <c>indicator-column</c>, <c>value-column</c>,
/// <c>unit-column</c>, <c>status-column</c>.
/// </summary>
public sealed class SdmxCsvReader : ISourceReader
{
    private static readonly TableSpec Spec = new()
    {
        Format = SourceFormats.SdmxCsv,
        Code = new("ref-area-column", "the reference area", ["REF_AREA"]),
        Year = new("time-column", "the time period", ["TIME_PERIOD"]),
        SeriesKey = new("indicator-column", "the indicator dimension", ["INDICATOR", "SERIES", "MEASURE"],
            Required: false),
        Value = new("value-column", "the observation value", ["OBS_VALUE"]),
        SourceUnit = new("unit-column", "the unit of measure", ["UNIT_MEASURE", "UNIT"], Required: false),
        Status = new("status-column", "the observation status", ["OBS_STATUS"], Required: false),
        MissingTokens = ["NaN"],
        LabelledCells = true,
        FirstColumn = ["DATAFLOW", "STRUCTURE"],
    };

    /// <inheritdoc/>
    public string Format => Spec.Format;

    /// <summary>The option keys a catalogue entry of this format may use.</summary>
    public IReadOnlyList<string> Options { get; } = [.. Spec.OptionKeys];

    /// <inheritdoc/>
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
        TableReading.Read(Spec, entry, path, displayPath);
}
