namespace Gpsi.Api;

/// <summary>The body of <c>GET /api/rankings/{year}</c>: one node's ranking in the year's current edition.</summary>
/// <param name="Year">The reference year.</param>
/// <param name="Edition">The id of the edition served.</param>
/// <param name="RecipeHash">The recipe that built it.</param>
/// <param name="Node">The node ranked (the index root unless asked otherwise).</param>
/// <param name="Filters">The filters applied (nulls when none).</param>
/// <param name="Count">The number of <paramref name="Countries"/>.</param>
/// <param name="Countries">The rows in rank order on the node (no score last, by ISO3); filters narrow them but
/// never re-rank.</param>
public sealed record ApiRankings(int Year, string Edition, string RecipeHash, ApiNodeRef Node,
    ApiRankingFilters Filters, int Count, IReadOnlyList<ApiRanking> Countries);
