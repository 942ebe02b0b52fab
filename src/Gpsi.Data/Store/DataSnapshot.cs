namespace Gpsi.Data.Store;

/// <summary>A loaded, immutable set of observations, identified by a content hash.</summary>
/// <param name="Id">The snapshot id the loader chose, normally a content hash such as <c>sha256:…</c>.</param>
/// <param name="Label">A human label, e.g. <c>shared/data 2026-11</c>; may be empty.</param>
/// <param name="LoadedAt">When it was loaded (the store's <see cref="TimeProvider"/>, UTC, to the microsecond).</param>
/// <param name="ObservationCount">How many observations it holds; 0 for an empty snapshot.</param>
public sealed record DataSnapshot(string Id, string Label, DateTimeOffset LoadedAt, int ObservationCount);
