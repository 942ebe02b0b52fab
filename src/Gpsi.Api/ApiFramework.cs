namespace Gpsi.Api;

/// <summary>The body of <c>GET /api/framework</c>: the recipe behind a year's current edition, as the dashboard
/// needs it.</summary>
/// <param name="Year">The edition year.</param>
/// <param name="Edition">The edition id.</param>
/// <param name="RecipeHash">The recipe hash.</param>
/// <param name="Name">The recipe's machine name.</param>
/// <param name="Title">The recipe's title; null when it has none.</param>
/// <param name="Aggregation">The root's aggregation method as the recipe writes it (e.g. <c>amean</c>); null when
/// the recipe has no aggregate step.</param>
/// <param name="Bands">How the index is banded.</param>
/// <param name="Nodes">The tree: root first, then dimensions, then indicators.</param>
public sealed record ApiFramework(int Year, string Edition, string RecipeHash, string Name, string? Title,
    string? Aggregation, ApiBands Bands, IReadOnlyList<ApiFrameworkNode> Nodes);
