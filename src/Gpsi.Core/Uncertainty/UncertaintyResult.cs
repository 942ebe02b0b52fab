using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Core.Uncertainty;

/// <summary>The outcome of an uncertainty analysis: every unit's rank statistics, or the errors that stopped it.</summary>
/// <param name="Statistics">One row per unit, in panel order; empty when a build failed.</param>
/// <param name="Diagnostics">The errors of the build that failed, each naming the replication and what was drawn.</param>
public sealed record UncertaintyResult(ImmutableArray<RankStatistics> Statistics, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when every build succeeded.</summary>
    public bool Succeeded => Diagnostics.IsDefaultOrEmpty;
}
