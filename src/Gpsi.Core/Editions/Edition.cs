namespace Gpsi.Core.Editions;

/// <summary>
/// A published edition of the index: the results of one recipe over one data snapshot, for one year, as the public
/// sees them. It names exactly what produced it (recipe hash, snapshot id), so every number can be traced and
/// regenerated. Once published it never changes; a correction is a new edition.
/// </summary>
/// <remarks>
/// Pure domain data (no storage concern), so it lives in Core: turning a build into an edition needs no I/O.
/// Record equality compares <see cref="Rows"/> by reference; compare rows element-wise.
/// </remarks>
/// <param name="Id">The edition id, e.g. <c>2020</c> or <c>2020-r1</c>; non-empty.</param>
/// <param name="Year">The reference year of the results.</param>
/// <param name="RecipeHash">The <c>sha256:…</c> hash of the recipe that built it.</param>
/// <param name="SnapshotId">The id of the data snapshot it was built from.</param>
/// <param name="PublishedAt">When it was published (stored to the microsecond, in UTC).</param>
/// <param name="Rows">Its results: one row per country and tree node, in publishing order.</param>
public sealed record Edition(
    string Id,
    int Year,
    string RecipeHash,
    string SnapshotId,
    DateTimeOffset PublishedAt,
    IReadOnlyList<EditionRow> Rows);
