using System.Collections.Immutable;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// How one CSV layout maps onto <see cref="SourceRecord"/>s: which columns hold the entity, the year and the value,
/// and what extra columns mean. <see cref="TableReading"/> does the reading; each public reader is one spec.
/// </summary>
internal sealed record TableSpec
{
    /// <summary>The format name (<see cref="SourceFormats"/>).</summary>
    public required string Format { get; init; }

    /// <summary>The entity code column (ISO3, WGI code …).</summary>
    public required ColumnRole Code { get; init; }

    /// <summary>The entity name column; null when the layout has none.</summary>
    public ColumnRole? Name { get; init; }

    /// <summary>The year column; null when the year comes only from the <c>year</c> option (one edition per file).</summary>
    public ColumnRole? Year { get; init; }

    /// <summary>Whether a year cell may be an edition such as <c>2017-2018</c> (read as its second year).</summary>
    public bool EditionYears { get; init; }

    /// <summary>
    /// When set, <see cref="SeriesEntry.Column"/> is not a header column but the code a row must have in this column
    /// (the indicator dimension of a long file), and <see cref="Value"/> holds the number.
    /// </summary>
    public ColumnRole? SeriesKey { get; init; }

    /// <summary>The value column of a long file with <see cref="SeriesKey"/>.</summary>
    public ColumnRole? Value { get; init; }

    /// <summary>A column stating each row's unit, copied to <see cref="SourceRecord.SourceUnit"/>.</summary>
    public ColumnRole? SourceUnit { get; init; }

    /// <summary>An observation-status column; <c>E</c> marks an estimate.</summary>
    public ColumnRole? Status { get; init; }

    /// <summary>Uncertainty-bound columns; a row with any of them filled is an estimate.</summary>
    public ImmutableArray<ColumnRole> Bounds { get; init; } = [];

    /// <summary>A filter key every series must have (e.g. <c>indicator</c> in a WGI file holding six indicators).</summary>
    public string? RequiredFilter { get; init; }

    /// <summary>Cell texts that mean "missing" besides the empty cell (e.g. <c>NaN</c> in SDMX-CSV).</summary>
    public ImmutableArray<string> MissingTokens { get; init; } = [];

    /// <summary>Whether headers and cells may carry labels after the code (<c>REF_AREA: Reference area</c>, <c>FRA: France</c>).</summary>
    public bool LabelledCells { get; init; }

    /// <summary>Header names of which the first column must be one (e.g. <c>DATAFLOW</c>, <c>STRUCTURE</c>); empty for any.</summary>
    public ImmutableArray<string> FirstColumn { get; init; } = [];

    /// <summary>Every option key this layout accepts (its column options plus the shared ones).</summary>
    public IEnumerable<string> OptionKeys =>
        new[] { Code, Name, Year, SeriesKey, Value, SourceUnit, Status }.Concat(Bounds)
            .OfType<ColumnRole>().Select(r => r.Option)
            .Concat([TableReading.YearOption, TableReading.MissingOption, TableReading.AtLeastOption]);
}
