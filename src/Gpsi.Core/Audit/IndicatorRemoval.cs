using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Core.Audit;

/// <summary>
/// The effect on the index ranks of leaving one indicator out of the recipe (<see cref="LeaveOneOut"/>), over the
/// units ranked both in the nominal build and in the build without it.
/// </summary>
/// <param name="Indicator">The indicator left out.</param>
/// <param name="Parent">Its parent aggregate.</param>
/// <param name="Weight">Its weight in the nominal recipe (relative to its siblings).</param>
/// <param name="Ranks">Each unit's index rank without the indicator, in the panel's unit order; 0 when not ranked
/// (screened out, below a minimum-data rule, or the build failed).</param>
/// <param name="Compared">Units ranked in both builds: the statistics are over these.</param>
/// <param name="Entered">Units ranked without the indicator but not in the nominal build.</param>
/// <param name="Left">Units ranked in the nominal build but not without the indicator.</param>
/// <param name="MeanAbsoluteShift">Mean |nominal rank − rank without| over the compared units (COINr
/// <c>MeanAbsDiff</c>); NaN when none is compared or the build failed.</param>
/// <param name="MaxAbsoluteShift">Largest |shift| over the compared units; 0 when none.</param>
/// <param name="LargestShifts">The units that move most, by |shift| descending then unit code, at most the number
/// asked for; only units that move.</param>
/// <param name="Problems">Why the build without the indicator failed (e.g. it was its parent's only child); empty
/// when it built.</param>
public sealed record IndicatorRemoval(
    string Indicator,
    string Parent,
    double Weight,
    ImmutableArray<int> Ranks,
    int Compared,
    int Entered,
    int Left,
    double MeanAbsoluteShift,
    int MaxAbsoluteShift,
    ImmutableArray<RankShift> LargestShifts,
    ImmutableArray<Diagnostic> Problems)
{
    /// <summary>True when the build without the indicator succeeded.</summary>
    public bool Built => Problems.IsEmpty;
}
