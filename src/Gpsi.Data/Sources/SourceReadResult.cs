using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Sources;

/// <summary>What a reader got from one file: the records it could read and a diagnostic for each one it could not.</summary>
/// <param name="Records">The values read, in file order.</param>
/// <param name="Diagnostics">Malformed lines, non-numeric cells, missing columns … each with file, line and column.</param>
public sealed record SourceReadResult(IReadOnlyList<SourceRecord> Records, IReadOnlyList<Diagnostic> Diagnostics);
