using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Loading;

/// <summary>
/// The result of loading a data folder through the source catalogue: validated observations with provenance, a
/// diagnostic for every problem, and a summary per source. In <see cref="LoadMode.Strict"/> a load with any error has
/// no observations at all (<see cref="Rejected"/> is true), so nothing half-valid can be stored.
/// </summary>
/// <param name="Mode">Strict or lenient.</param>
/// <param name="Observations">The accepted observations, ordered by indicator, country and year.</param>
/// <param name="Diagnostics">Every problem found, in source order.</param>
/// <param name="Sources">One summary per source read.</param>
/// <param name="SnapshotId">Content hash of the accepted observations (<c>sha256:…</c>); identifies the data snapshot.</param>
public sealed record DataLoad(
    LoadMode Mode,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<SourceLoadSummary> Sources,
    string SnapshotId)
{
    /// <summary>True when errors were found.</summary>
    public bool HasErrors => Diagnostics.HasErrors();

    /// <summary>True when the load was refused: strict mode and at least one error.</summary>
    public bool Rejected => Mode == LoadMode.Strict && HasErrors;
}
