using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Sources.Readers;

/// <summary>What <see cref="GtdEventAggregator"/> made of one events file.</summary>
/// <param name="Summaries">One per (entity, year), ordered by code (or name when there is no code), then year.</param>
/// <param name="Diagnostics">
/// Problems with file, line and 1-based column (at most <see cref="GtdAggregationOptions.MaxDiagnostics"/>, then one
/// <c>gtd.more-problems</c> warning with the count of the rest), followed by one <c>gtd.summary</c> info.
/// </param>
/// <param name="Rows">Non-empty lines after the header.</param>
/// <param name="RowsAggregated">Rows counted into <paramref name="Summaries"/> (the others had a row-level error).</param>
public sealed record GtdAggregation(
    IReadOnlyList<GtdYearSummary> Summaries,
    IReadOnlyList<Diagnostic> Diagnostics,
    long Rows,
    long RowsAggregated);
