using System.Collections.Immutable;

namespace Gpsi.Data.Editions;

/// <summary>The comparison of two editions on one node, with what produced each side.</summary>
/// <param name="EditionA">Edition A's id (e.g. <c>2019</c>).</param>
/// <param name="YearA">Edition A's year.</param>
/// <param name="RecipeA">Recipe A's hash.</param>
/// <param name="SnapshotA">Edition A's data snapshot id.</param>
/// <param name="EditionB">Edition B's id, or a label such as <c>2020 (draft recipe)</c>.</param>
/// <param name="YearB">Edition B's year.</param>
/// <param name="RecipeB">Recipe B's hash (a draft recipe's hash when comparing against one).</param>
/// <param name="SnapshotB">Edition B's data snapshot id.</param>
/// <param name="Node">The node compared (the index root by default).</param>
/// <param name="Countries">Countries ranked in both, largest rank change first (<see cref="EditionDiff.Compare"/>).</param>
/// <param name="Entered">Ranked in B only, by ISO3.</param>
/// <param name="Left">Ranked in A only, by ISO3.</param>
public sealed record EditionComparison(
    string EditionA,
    int YearA,
    string RecipeA,
    string SnapshotA,
    string EditionB,
    int YearB,
    string RecipeB,
    string SnapshotB,
    string Node,
    ImmutableArray<CountryChange> Countries,
    ImmutableArray<string> Entered,
    ImmutableArray<string> Left)
{
    /// <summary>True when both editions used the same recipe (so every recipe part is 0).</summary>
    public bool SameRecipe => RecipeA == RecipeB;

    /// <summary>True when both editions used the same snapshot (the data part is then only the change of year).</summary>
    public bool SameSnapshot => SnapshotA == SnapshotB;
}
