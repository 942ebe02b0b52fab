using System.Data.Common;
using Gpsi.Core.Editions;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Store;

/// <summary>
/// The store's logic over ADO.NET, shared by both back ends: every query, the migration runner and the publish
/// sequence. A back end supplies connections, write transactions, the migration lock, timestamp and JSON column
/// handling and the two bulk inserts (prepared statement on SQLite, binary COPY on PostgreSQL).
/// </summary>
internal abstract partial class SqlGpsiStore : IGpsiStore
{
    /// <summary>How often <see cref="LoadSnapshotAsync"/> reports progress, in observations.</summary>
    protected const int ProgressInterval = 10_000;

    protected SqlGpsiStore(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        Time = time;
    }

    public abstract StoreBackend Backend { get; }

    protected TimeProvider Time { get; }

    /// <summary>An open connection (foreign keys on, busy timeout set, for SQLite).</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that takes the write lock at once (SQLite <c>BEGIN IMMEDIATE</c>), so two writers
    /// queue instead of deadlocking on a lock upgrade.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serialises migration runs across processes for as long as the result is not disposed.</summary>
    protected abstract Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection,
        CancellationToken cancellationToken);

    /// <summary><c>CREATE TABLE IF NOT EXISTS schema_migrations …</c> in the back end's types.</summary>
    protected abstract string MigrationsTableSql { get; }

    /// <summary>A query giving 1 when a table named <c>@name</c> exists in the store's schema, else 0.</summary>
    protected abstract string TableExistsSql { get; }

    /// <summary>The SQL expression for a JSON parameter (<c>@p</c>, or <c>@p::jsonb</c>).</summary>
    protected abstract string Json(string parameter);

    /// <summary>A timestamp as a parameter value (UTC, to the microsecond).</summary>
    protected abstract object Timestamp(DateTimeOffset time);

    /// <summary>A timestamp column read back as UTC.</summary>
    protected abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>True when <paramref name="exception"/> is a unique or primary-key violation.</summary>
    protected abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Writes every observation of a new snapshot inside <paramref name="transaction"/>, in order, with
    /// <c>seq</c> 0, 1, …; validates each (<see cref="CheckObservation"/>) and checks cancellation per row.</summary>
    /// <returns>How many were written.</returns>
    protected abstract Task<int> InsertObservationsAsync(DbConnection connection, DbTransaction transaction,
        string snapshotId, IEnumerable<Observation> observations, IProgress<int>? progress,
        CancellationToken cancellationToken);

    /// <summary>Writes the rows of a new edition inside <paramref name="transaction"/>, in order, with <c>seq</c>
    /// 0, 1, …; validates each (<see cref="CheckRow"/>) and checks cancellation per row.</summary>
    protected abstract Task InsertEditionRowsAsync(DbConnection connection, DbTransaction transaction,
        string editionId, IReadOnlyList<EditionRow> rows, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>Throws <see cref="ArgumentException"/> for an observation the store must not hold.</summary>
    protected static void CheckObservation(Observation observation, int index)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(observation.Provenance);
        if (observation.Country.Value is null || string.IsNullOrEmpty(observation.Indicator))
        {
            throw new ArgumentException($"observation {index} has no country or no indicator", nameof(observation));
        }

        if (!double.IsFinite(observation.Value))
        {
            throw new ArgumentException(
                $"observation {index} ({observation.Country}, {observation.Indicator}, {observation.Year}) has value "
                + $"{observation.Value}: expected a finite number", nameof(observation));
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> for an edition row the store must not hold.</summary>
    protected static void CheckRow(EditionRow row, int index)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Country.Value is null || string.IsNullOrEmpty(row.Node))
        {
            throw new ArgumentException($"edition row {index} has no country or no node", nameof(row));
        }

        if (row.Score is { } score && !double.IsFinite(score))
        {
            throw new ArgumentException(
                $"edition row {index} ({row.Country}, {row.Node}) has score {score}: expected a finite number or none",
                nameof(row));
        }

        if (row.Rank is < 1)
        {
            throw new ArgumentException(
                $"edition row {index} ({row.Country}, {row.Node}) has rank {row.Rank}: expected 1 or more or none",
                nameof(row));
        }

        if (row.Interval is { IsValid: false } interval)
        {
            throw new ArgumentException(
                $"edition row {index} ({row.Country}, {row.Node}) has rank interval {interval}: expected finite "
                + "ranks 1 ≤ low ≤ median ≤ high", nameof(row));
        }
    }

    /// <summary>Rolls back without masking the exception that caused it (the connection may be gone).</summary>
    protected static async Task RollbackQuietlyAsync(DbTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The transaction is already gone (connection broken or aborted by the server): nothing was committed.
        }
    }

    private static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction? transaction, string sql,
        string id, CancellationToken cancellationToken) =>
        await connection.ScalarAsync(sql, transaction, cancellationToken, ("@id", id)).ConfigureAwait(false)
            is not null;
}
