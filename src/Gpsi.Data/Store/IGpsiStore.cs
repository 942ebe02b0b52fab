using Gpsi.Core.Editions;
using Gpsi.Core.Observations;
using Gpsi.Core.Recipes;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Store;

/// <summary>
/// Where GPSI keeps its history: the source catalogue, immutable data snapshots, content-addressed recipes and
/// published editions. One contract, two back ends (SQLite, PostgreSQL); open one with <see cref="GpsiStore.OpenAsync"/>.
/// </summary>
/// <remarks>
/// Snapshots, recipes and editions are append-only: database triggers reject UPDATE and DELETE of their rows (and
/// inserts that would add to or replace sealed history), whoever runs the SQL. Each write is one transaction, so a
/// process killed mid-way leaves the store as it was before the call. Methods are safe to call concurrently;
/// each opens its own connection. Broken contracts (null arguments, non-finite values) throw
/// <see cref="ArgumentException"/>; database failures surface as the provider's <c>DbException</c>.
/// </remarks>
public interface IGpsiStore : IAsyncDisposable
{
    /// <summary>The engine behind this store.</summary>
    StoreBackend Backend { get; }

    /// <summary>
    /// Applies the migrations this program knows and the database lacks, in version order, each in its own
    /// transaction; concurrent callers are serialised. A no-op when the schema is current.
    /// </summary>
    /// <returns>How many migrations were applied (0 when none were needed).</returns>
    /// <exception cref="MigrationException">An applied migration's checksum differs from the program's copy (it was
    /// edited after it was applied), or the database has a migration this program does not know (it is newer).</exception>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>The highest applied migration version; 0 for an empty database.</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces catalogue entries by id, all in one transaction. Sources are mutable.</summary>
    Task UpsertSourcesAsync(IEnumerable<SourceEntry> sources, CancellationToken cancellationToken = default);

    /// <summary>Every catalogue entry, ordered by id.</summary>
    Task<IReadOnlyList<SourceEntry>> ListSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads <paramref name="observations"/> as snapshot <paramref name="id"/> in one transaction and makes it the
    /// current snapshot. The id names the content (a hash), so when it is already loaded nothing is written: the
    /// existing snapshot becomes current and is returned (with its original load time and count).
    /// </summary>
    /// <param name="id">The snapshot id, e.g. <c>sha256:…</c>; non-empty.</param>
    /// <param name="label">A human label; may be empty.</param>
    /// <param name="observations">The observations, enumerated once; order is kept. Values must be finite.</param>
    /// <param name="progress">Told how many observations were written so far (every 10,000 and at the end).</param>
    /// <param name="cancellationToken">Cancelling rolls the whole load back.</param>
    /// <exception cref="ArgumentException">An observation has a non-finite value; nothing is written.</exception>
    Task<DataSnapshot> LoadSnapshotAsync(
        string id,
        string label,
        IEnumerable<Observation> observations,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>The current snapshot (the one loaded last), or null when none was loaded.</summary>
    Task<DataSnapshot?> CurrentSnapshotAsync(CancellationToken cancellationToken = default);

    /// <summary>The snapshot with this id, or null when there is none.</summary>
    Task<DataSnapshot?> GetSnapshotAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every snapshot, oldest load first (ties by id).</summary>
    Task<IReadOnlyList<DataSnapshot>> ListSnapshotsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The observations of snapshot <paramref name="snapshotId"/> (null: the current one) that match
    /// <paramref name="query"/>, in load order, with their full provenance and bit-identical values.
    /// </summary>
    /// <returns>Empty when the snapshot does not exist or, for null, when no snapshot was loaded.</returns>
    Task<IReadOnlyList<Observation>> ReadObservationsAsync(
        string? snapshotId,
        ObservationQuery query,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the recipe's canonical form under its hash (<see cref="RecipeHash"/>). Saving the same recipe again
    /// is a no-op.
    /// </summary>
    /// <returns>The recipe hash, to put in an <see cref="Edition"/>.</returns>
    Task<string> SaveRecipeAsync(Recipe recipe, CancellationToken cancellationToken = default);

    /// <summary>The saved recipe with this hash, or null when there is none.</summary>
    Task<StoredRecipe?> GetRecipeAsync(string hash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes <paramref name="edition"/> atomically: one transaction writes every row and the edition, then makes
    /// it the current edition of its year. If anything fails or the process dies before the commit, nothing of it
    /// is visible and the previous edition stays current. Readers see the previous edition until the commit.
    /// </summary>
    /// <exception cref="EditionAlreadyExistsException">The id is already published (the existing edition is
    /// untouched).</exception>
    /// <exception cref="InvalidOperationException">Its recipe was not saved or its snapshot was not loaded.</exception>
    /// <exception cref="ArgumentException">A row has a non-finite score or a rank below 1 (nothing is written).</exception>
    Task PublishEditionAsync(Edition edition, CancellationToken cancellationToken = default);

    /// <summary>The edition served for <paramref name="year"/> (the last one published for it), or null.</summary>
    Task<Edition?> CurrentEditionAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>The edition with this id and its rows in publishing order, or null when there is none.</summary>
    Task<Edition?> GetEditionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every published edition without rows, by year then publishing time.</summary>
    Task<IReadOnlyList<EditionSummary>> ListEditionsAsync(CancellationToken cancellationToken = default);
}
