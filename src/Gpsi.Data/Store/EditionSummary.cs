namespace Gpsi.Data.Store;

/// <summary>A published edition without its rows, as listed by <see cref="IGpsiStore.ListEditionsAsync"/>.</summary>
/// <param name="Id">The edition id.</param>
/// <param name="Year">The reference year.</param>
/// <param name="RecipeHash">The recipe that built it.</param>
/// <param name="SnapshotId">The data snapshot it was built from.</param>
/// <param name="PublishedAt">When it was published (UTC, to the microsecond).</param>
/// <param name="RowCount">How many result rows it has.</param>
/// <param name="IsCurrent">True when it is the edition served for its year.</param>
public sealed record EditionSummary(
    string Id,
    int Year,
    string RecipeHash,
    string SnapshotId,
    DateTimeOffset PublishedAt,
    int RowCount,
    bool IsCurrent);
