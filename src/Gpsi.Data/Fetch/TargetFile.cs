namespace Gpsi.Data.Fetch;

/// <summary>A downloaded and verified file, ready to be written under the target's name.</summary>
/// <param name="Content">The bytes to write.</param>
/// <param name="Rows">Data rows in it.</param>
/// <param name="SourceUpdated">The service's last-update date, when it states one.</param>
/// <param name="Columns">OWID value columns as served; null for JSON services.</param>
/// <param name="Cleanup">Run after the file is in place (drops kept pages); may be null.</param>
internal sealed record TargetFile(byte[] Content, int Rows, string? SourceUpdated, IReadOnlyList<string>? Columns,
    Action? Cleanup = null);
