namespace Gpsi.Core.Audit;

/// <summary>How one unit's index rank moves when one indicator is left out.</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="NominalRank">Its index rank in the nominal build (1 = best).</param>
/// <param name="RankWithout">Its index rank in the build without the indicator.</param>
public sealed record RankShift(string Unit, int NominalRank, int RankWithout)
{
    /// <summary>
    /// <see cref="NominalRank"/> − <see cref="RankWithout"/>, COINr's <c>RankDiffs</c> sign: positive when the unit
    /// climbs once the indicator is gone (the indicator was holding it back), negative when it falls.
    /// </summary>
    public int Shift => NominalRank - RankWithout;
}
