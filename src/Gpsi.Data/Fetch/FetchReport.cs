namespace Gpsi.Data.Fetch;

/// <summary>The result of a fetch run: where the snapshot is and how each selected target ended.</summary>
/// <param name="SnapshotDirectory">The full path of <c>snapshots/YYYY-MM-DD</c>.</param>
/// <param name="Targets">One outcome per selected target, in plan order.</param>
public sealed record FetchReport(string SnapshotDirectory, IReadOnlyList<TargetOutcome> Targets)
{
    /// <summary>True when every selected target is fetched or up to date.</summary>
    public bool Succeeded => Targets.All(t => t.Status != TargetStatus.Failed);

    /// <summary>HTTP requests made in the whole run.</summary>
    public int Requests => Targets.Sum(t => t.Requests);
}
