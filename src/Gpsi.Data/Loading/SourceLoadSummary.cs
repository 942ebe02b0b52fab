namespace Gpsi.Data.Loading;

/// <summary>What happened to one catalogue source during a load.</summary>
/// <param name="SourceId">The catalogue id.</param>
/// <param name="File">The file, relative to the data folder.</param>
/// <param name="Records">Values the reader produced.</param>
/// <param name="Accepted">Observations kept.</param>
/// <param name="Rejected">Values rejected by validation (bad value, unknown country, conflicting duplicate).</param>
/// <param name="Excluded">Values of aggregates, historical states and sub-national units, left out by design.</param>
public sealed record SourceLoadSummary(string SourceId, string File, int Records, int Accepted, int Rejected, int Excluded);
