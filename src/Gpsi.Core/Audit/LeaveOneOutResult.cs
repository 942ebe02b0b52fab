using System.Collections.Immutable;

namespace Gpsi.Core.Audit;

/// <summary>Every indicator's leave-one-out effect on the index ranks in one year (<see cref="LeaveOneOut"/>).</summary>
/// <param name="Year">The year whose index ranks are compared.</param>
/// <param name="IndexCode">The index (the tree's root) whose ranks are compared.</param>
/// <param name="Units">The panel's unit codes, in order.</param>
/// <param name="NominalRanks">Each unit's nominal index rank; 0 when not ranked.</param>
/// <param name="Removals">One entry per indicator, in tree order.</param>
public sealed record LeaveOneOutResult(
    int Year,
    string IndexCode,
    ImmutableArray<string> Units,
    ImmutableArray<int> NominalRanks,
    ImmutableArray<IndicatorRemoval> Removals)
{
    /// <summary>
    /// The shift of unit <paramref name="unit"/> when removal <paramref name="removal"/> is applied (nominal rank −
    /// rank without, COINr's sign); null when the unit is unranked in either build.
    /// </summary>
    public int? Shift(int removal, int unit)
    {
        var nominal = NominalRanks[unit];
        var without = Removals[removal].Ranks[unit];
        return nominal > 0 && without > 0 ? nominal - without : null;
    }
}
