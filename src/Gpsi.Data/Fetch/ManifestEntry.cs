namespace Gpsi.Data.Fetch;

/// <summary>One target's line in a snapshot's <c>manifest.json</c>.</summary>
/// <param name="Id">The target id.</param>
/// <param name="Api">The service: <c>worldbank</c>, <c>who-gho</c> or <c>owid</c>.</param>
/// <param name="File">The file in the snapshot folder.</param>
/// <param name="Urls">Every URL requested for the file (one per World Bank page or GHO link).</param>
/// <param name="Status"><see cref="SnapshotManifest.Complete"/> or <see cref="SnapshotManifest.Failed"/>.</param>
/// <param name="RetrievedAt">When the file was completed (UTC); null when it failed.</param>
/// <param name="Bytes">File size; null when it failed.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the file; null when it failed.</param>
/// <param name="SourceUpdated">The service's own last-update date (World Bank <c>lastupdated</c>), when it gives one.</param>
/// <param name="Rows">Data rows in the file (JSON rows, CSV lines after the header); null when it failed.</param>
/// <param name="Columns">The value columns of an OWID CSV as served; null for other services.</param>
/// <param name="Error">Why it failed; null when complete.</param>
public sealed record ManifestEntry(
    string Id,
    string Api,
    string File,
    IReadOnlyList<string> Urls,
    string Status,
    DateTimeOffset? RetrievedAt,
    long? Bytes,
    string? Sha256,
    string? SourceUpdated,
    int? Rows,
    IReadOnlyList<string>? Columns,
    string? Error);
