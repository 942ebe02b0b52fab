namespace Gpsi.Data.Output;

/// <summary>
/// A table as the output files hold it, written once and rendered as CSV and as an XLSX sheet. A cell is a
/// <see cref="string"/>, an <see cref="int"/>, a <see cref="double"/>, a <see cref="bool"/>, or null (empty).
/// </summary>
/// <param name="Columns">The column names, in order.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
internal sealed record OutputTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
