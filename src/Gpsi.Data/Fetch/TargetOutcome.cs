namespace Gpsi.Data.Fetch;

/// <summary>What happened to one target.</summary>
/// <param name="Id">The target id.</param>
/// <param name="Status">Fetched, up to date or failed.</param>
/// <param name="Error">Why it failed (HTTP status, timeouts after N tries, bad body), with the URL; null otherwise.</param>
/// <param name="Requests">HTTP requests made for it in this run, retries included.</param>
/// <param name="Bytes">Size of the complete file; null when it failed.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the complete file; null when it failed.</param>
public sealed record TargetOutcome(string Id, TargetStatus Status, string? Error, int Requests, long? Bytes, string? Sha256);
