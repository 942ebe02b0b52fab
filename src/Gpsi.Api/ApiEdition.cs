namespace Gpsi.Api;

/// <summary>One published edition in <c>GET /api/editions</c>.</summary>
/// <param name="Id">The edition id.</param>
/// <param name="Year">The reference year.</param>
/// <param name="RecipeHash">The <c>sha256:…</c> hash of the recipe that built it.</param>
/// <param name="SnapshotId">The data snapshot it was built from.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="Current">True when it is the edition served for its year (the last one published for it).</param>
public sealed record ApiEdition(string Id, int Year, string RecipeHash, string SnapshotId,
    DateTimeOffset PublishedAt, bool Current);
