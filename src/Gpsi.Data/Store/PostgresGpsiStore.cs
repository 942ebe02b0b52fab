using System.Data.Common;
using Gpsi.Core.Editions;
using Gpsi.Core.Observations;
using Npgsql;
using NpgsqlTypes;

namespace Gpsi.Data.Store;

/// <summary>
/// The store in a PostgreSQL database (the schema first on the connection's search path). Bulk inserts use binary
/// COPY; concurrent migrations are serialised by a session advisory lock.
/// </summary>
/// <remarks>
/// Atomicity when killed: PostgreSQL commits only on an explicit COMMIT; when the client's connection drops, the
/// server aborts its open transaction and nothing of it was ever visible to others. So a killed load or publish
/// leaves exactly the state before it.
/// </remarks>
internal sealed class PostgresGpsiStore : SqlGpsiStore
{
    /// <summary>The advisory lock key for migrations: "GPSI" in ASCII, then "mig".</summary>
    private const long MigrationLockKey = 0x47505349_006D6967;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresGpsiStore(string connectionString, TimeProvider time)
        : base(time)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override StoreBackend Backend => StoreBackend.Postgres;

    protected override string MigrationsTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
        + "checksum text NOT NULL, applied_at timestamptz NOT NULL)";

    protected override string TableExistsSql =>
        "SELECT CASE WHEN to_regclass(quote_ident(@name)) IS NULL THEN 0 ELSE 1 END";

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection,
        CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task<IAsyncDisposable> LockMigrationsAsync(DbConnection connection,
        CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", null, cancellationToken,
            ("@key", MigrationLockKey)).ConfigureAwait(false);
        return new AdvisoryLock(connection);
    }

    protected override string Json(string parameter) => parameter + "::jsonb";

    protected override object Timestamp(DateTimeOffset time) => StoreTime.Normalise(time).UtcDateTime;

    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);

    protected override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    protected override async Task<int> InsertObservationsAsync(DbConnection connection, DbTransaction transaction,
        string snapshotId, IEnumerable<Observation> observations, IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var importer = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            "COPY observations (snapshot_id, seq, country, indicator, year, value, source_id, file, line, vintage, "
            + "unit, transformations, flags) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        // Disposing an importer that was not completed cancels the COPY, so an exception anywhere below leaves
        // nothing written (and the caller rolls the transaction back).
        await using (importer.ConfigureAwait(false))
        {
            var json = new TransformationJson();
            var count = 0;
            foreach (var observation in observations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                CheckObservation(observation, count);
                var provenance = observation.Provenance;
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(snapshotId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(count, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(observation.Country.Value, NpgsqlDbType.Text, cancellationToken)
                    .ConfigureAwait(false);
                await importer.WriteAsync(observation.Indicator, NpgsqlDbType.Text, cancellationToken)
                    .ConfigureAwait(false);
                await importer.WriteAsync(observation.Year, NpgsqlDbType.Integer, cancellationToken)
                    .ConfigureAwait(false);
                await importer.WriteAsync(observation.Value, NpgsqlDbType.Double, cancellationToken)
                    .ConfigureAwait(false);
                await importer.WriteAsync(provenance.SourceId, NpgsqlDbType.Text, cancellationToken)
                    .ConfigureAwait(false);
                await importer.WriteAsync(provenance.File, NpgsqlDbType.Text, cancellationToken)
                    .ConfigureAwait(false);
                if (provenance.Line is { } line)
                {
                    await importer.WriteAsync(line, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }

                await importer.WriteAsync(provenance.Vintage, NpgsqlDbType.Text, cancellationToken)
                    .ConfigureAwait(false);
                await importer.WriteAsync(provenance.Unit, NpgsqlDbType.Text, cancellationToken)
                    .ConfigureAwait(false);
                await importer.WriteAsync(json.For(provenance.Transformations), NpgsqlDbType.Jsonb,
                    cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync((int)provenance.Flags, NpgsqlDbType.Integer, cancellationToken)
                    .ConfigureAwait(false);
                if (++count % ProgressInterval == 0)
                {
                    progress?.Report(count);
                }
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(count);
            return count;
        }
    }

    protected override async Task InsertEditionRowsAsync(DbConnection connection, DbTransaction transaction,
        string editionId, IReadOnlyList<EditionRow> rows, CancellationToken cancellationToken)
    {
        var importer = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
            "COPY edition_rows (edition_id, seq, country, node, score, rank, band, rank_low, rank_median, rank_high) "
            + "FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = rows[i];
                CheckRow(row, i);
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(editionId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(row.Country.Value, NpgsqlDbType.Text, cancellationToken)
                    .ConfigureAwait(false);
                await importer.WriteAsync(row.Node, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(importer, row.Score, NpgsqlDbType.Double, cancellationToken)
                    .ConfigureAwait(false);
                await WriteNullableAsync(importer, row.Rank, NpgsqlDbType.Integer, cancellationToken)
                    .ConfigureAwait(false);
                await WriteNullableAsync(importer, row.Band, NpgsqlDbType.Text, cancellationToken)
                    .ConfigureAwait(false);
                await WriteNullableAsync(importer, row.Interval?.Low, NpgsqlDbType.Double, cancellationToken)
                    .ConfigureAwait(false);
                await WriteNullableAsync(importer, row.Interval?.Median, NpgsqlDbType.Double, cancellationToken)
                    .ConfigureAwait(false);
                await WriteNullableAsync(importer, row.Interval?.High, NpgsqlDbType.Double, cancellationToken)
                    .ConfigureAwait(false);
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type,
        CancellationToken cancellationToken) =>
        value is null
            ? importer.WriteNullAsync(cancellationToken)
            : importer.WriteAsync(value, type, cancellationToken);

    private sealed class AdvisoryLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", null, CancellationToken.None,
                ("@key", MigrationLockKey)).ConfigureAwait(false);
    }
}
