using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Core.Uncertainty;

/// <summary>The outcome of an uncertainty analysis: every unit's rank and score statistics, or the errors that stopped it.</summary>
/// <param name="Statistics">Rank statistics, one row per unit, in panel order; empty when a build failed.</param>
/// <param name="Diagnostics">The errors that stopped the analysis, each naming what was drawn; also notes (e.g. that
/// every replication was a full build because the fast model could not mirror the recipe).</param>
public sealed record UncertaintyResult(ImmutableArray<RankStatistics> Statistics, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Score statistics, one row per unit, in panel order; empty when a build failed.</summary>
    public ImmutableArray<ScoreStatistics> Scores { get; init; } = [];

    /// <summary>True when no error stopped the analysis.</summary>
    public bool Succeeded => Diagnostics.IsDefaultOrEmpty || !Diagnostics.HasErrors();
}
