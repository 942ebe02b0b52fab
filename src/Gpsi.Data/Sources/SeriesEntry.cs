namespace Gpsi.Data.Sources;

/// <summary>
/// How one indicator series is taken from a source file: which column (and which rows, for long files), its unit, the
/// range a value may take, and an optional rescaling.
/// </summary>
/// <param name="Indicator">The indicator code the observations get (e.g. <c>homicide_rate</c>).</param>
/// <param name="Column">The value column in the file, exactly as in its header (or the measure name in API formats).</param>
/// <param name="Unit">The unit of the stored value, after <paramref name="Scale"/> (e.g. <c>per 100k</c>, <c>0-100</c>).</param>
/// <param name="Kind">What kind of quantity it is; decides the validation rules (counts and rates cannot be negative).</param>
/// <param name="Min">Smallest plausible value (after scaling); null for no bound.</param>
/// <param name="Max">Largest plausible value (after scaling); null for no bound.</param>
/// <param name="Scale">Factor applied to the source value (1 = none); recorded in provenance when not 1.</param>
/// <param name="Filter">For long files: column → value that a row must have (e.g. <c>sex: both</c>); may be empty.</param>
/// <param name="Years">The years the series is documented to cover (e.g. <c>1990-2020</c>); informational.</param>
public sealed record SeriesEntry(
    string Indicator,
    string Column,
    string Unit,
    ValueKind Kind,
    double? Min,
    double? Max,
    double Scale,
    IReadOnlyDictionary<string, string> Filter,
    string? Years);
