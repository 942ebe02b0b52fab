namespace Gpsi.Api;

/// <summary>The body of <c>GET /api/rankings/{year}</c>: the current edition of the year on its root node.</summary>
/// <param name="Year">The reference year.</param>
/// <param name="Edition">The id of the edition served.</param>
/// <param name="RecipeHash">The recipe that built it.</param>
/// <param name="Node">The root node's code (the index).</param>
/// <param name="Countries">One entry per country with a root row, in the edition's publishing order.</param>
public sealed record ApiRankings(int Year, string Edition, string RecipeHash, string Node,
    IReadOnlyList<ApiRanking> Countries);
