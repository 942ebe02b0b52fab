using System.Collections.Immutable;

namespace Gpsi.Data.Csv;

/// <summary>One record of a CSV file with the 1-based line it starts on.</summary>
/// <param name="Line">Line number in the file (the header is line 1).</param>
/// <param name="Fields">The fields, unquoted.</param>
public sealed record CsvRow(int Line, ImmutableArray<string> Fields);
