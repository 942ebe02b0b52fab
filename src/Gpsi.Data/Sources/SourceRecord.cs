using Gpsi.Core.Observations;

namespace Gpsi.Data.Sources;

/// <summary>
/// One value as a reader found it, before the country is resolved and the value validated: the entity's code and
/// name as written in the file, the indicator, year and value (already scaled by the series), and where it sits.
/// </summary>
/// <param name="EntityCode">The code column as written (ISO3, WGI code, OWID_KOS …), or null when the file has none or it is blank.</param>
/// <param name="EntityName">The name column as written, or null when the file has none.</param>
/// <param name="Indicator">The series' indicator code.</param>
/// <param name="Year">The reference year.</param>
/// <param name="Value">The value after the series' scale.</param>
/// <param name="Line">1-based line of the record in the file; null for an aggregate of many lines.</param>
/// <param name="Column">1-based column of the value; null when not meaningful (JSON, aggregates).</param>
/// <param name="Flags">Flags the source implies (e.g. <see cref="ObservationFlags.Estimated"/> when it gives bounds).</param>
/// <param name="Transformations">What the reader did beyond reading, in words (scaling, aggregation); may be empty.</param>
/// <param name="SourceUnit">The unit the row itself states, when the format carries one (SDMX, generic long CSV); else null.</param>
public sealed record SourceRecord(
    string? EntityCode,
    string? EntityName,
    string Indicator,
    int Year,
    double Value,
    int? Line,
    int? Column,
    ObservationFlags Flags,
    IReadOnlyList<string> Transformations,
    string? SourceUnit = null);
