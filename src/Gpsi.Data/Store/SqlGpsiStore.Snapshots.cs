using System.Data.Common;
using System.Runtime.InteropServices;
using System.Text;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Store;

/// <content>Data snapshots: atomic, immutable loads and filtered reads.</content>
internal abstract partial class SqlGpsiStore
{
    private const string SnapshotColumns = "id, label, loaded_at, observation_count";

    public async Task<DataSnapshot> LoadSnapshotAsync(string id, string label, IEnumerable<Observation> observations,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(observations);
        try
        {
            return await LoadOnceAsync(id, label, observations, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            if (await GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                throw;
            }

            // Another process loaded the same id first; the id names the content, so theirs is ours.
            return await LoadOnceAsync(id, label, [], null, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<DataSnapshot?> CurrentSnapshotAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotsAsync(
            $"SELECT {SnapshotColumns} FROM snapshots WHERE id = (SELECT snapshot_id FROM current_snapshot)",
            null, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public async Task<DataSnapshot?> GetSnapshotAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await SnapshotsAsync($"SELECT {SnapshotColumns} FROM snapshots WHERE id = @id", id,
            cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public Task<IReadOnlyList<DataSnapshot>> ListSnapshotsAsync(CancellationToken cancellationToken = default) =>
        SnapshotsAsync($"SELECT {SnapshotColumns} FROM snapshots ORDER BY loaded_at, id", null, cancellationToken);

    public async Task<IReadOnlyList<Observation>> ReadObservationsAsync(string? snapshotId, ObservationQuery query,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = ObservationCommand(connection, snapshotId, query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var result = new List<Observation>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                string Pooled(int ordinal)
                {
                    var text = reader.GetString(ordinal);
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(strings, text, out _);
                    return slot ??= text;
                }

                var json = reader.GetString(9);
                if (!lists.TryGetValue(json, out var transformations))
                {
                    transformations = StoreJson.ReadStrings(json);
                    lists.Add(json, transformations);
                }

                var provenance = new Provenance(Pooled(4), Pooled(5), reader.NullableInt(6), Pooled(7), Pooled(8),
                    transformations, (ObservationFlags)reader.GetInt32(10));
                result.Add(new Observation(new CountryCode(Pooled(0)), Pooled(1), reader.GetInt32(2),
                    reader.GetDouble(3), provenance));
            }

            return result;
        }
    }

    private async Task<DataSnapshot> LoadOnceAsync(string id, string label, IEnumerable<Observation> observations,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var snapshot = (await SnapshotsAsync(connection, transaction,
                    $"SELECT {SnapshotColumns} FROM snapshots WHERE id = @id", id, cancellationToken)
                    .ConfigureAwait(false)).SingleOrDefault();
                if (snapshot is null)
                {
                    // Observations first, then the snapshot row: the row seals the snapshot (a trigger refuses
                    // observations for a snapshot that exists), and the deferred foreign key holds until commit.
                    var count = await InsertObservationsAsync(connection, transaction, id, observations, progress,
                        cancellationToken).ConfigureAwait(false);
                    snapshot = new DataSnapshot(id, label, StoreTime.Normalise(Time.GetUtcNow()), count);
                    await connection.ExecuteAsync(
                        $"INSERT INTO snapshots ({SnapshotColumns}) VALUES (@id, @label, @at, @count)",
                        transaction, cancellationToken, ("@id", id), ("@label", label),
                        ("@at", Timestamp(snapshot.LoadedAt)), ("@count", count)).ConfigureAwait(false);
                }

                await connection.ExecuteAsync(
                    "INSERT INTO current_snapshot (singleton, snapshot_id) VALUES (1, @id) "
                    + "ON CONFLICT (singleton) DO UPDATE SET snapshot_id = excluded.snapshot_id",
                    transaction, cancellationToken, ("@id", id)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return snapshot;
            }
        }
    }

    private static DbCommand ObservationCommand(DbConnection connection, string? snapshotId, ObservationQuery query)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder(
            "SELECT country, indicator, year, value, source_id, file, line, vintage, unit, transformations, flags "
            + "FROM observations WHERE snapshot_id = ");
        if (snapshotId is null)
        {
            sql.Append("(SELECT snapshot_id FROM current_snapshot)");
        }
        else
        {
            sql.Append("@snapshot");
            command.Add("@snapshot", snapshotId);
        }

        AppendIn(command, sql, "indicator", "@i", query.Indicators);
        AppendIn(command, sql, "country", "@c", query.Countries?.Select(c => c.Value).ToList());
        if (query.FromYear is { } from)
        {
            sql.Append(" AND year >= @from");
            command.Add("@from", from);
        }

        if (query.ToYear is { } to)
        {
            sql.Append(" AND year <= @to");
            command.Add("@to", to);
        }

        command.CommandText = sql.Append(" ORDER BY seq").ToString();
        return command;
    }

    private static void AppendIn(DbCommand command, StringBuilder sql, string column, string prefix,
        IReadOnlyCollection<string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        sql.Append(" AND ").Append(column).Append(" IN (");
        var i = 0;
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            var name = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            sql.Append(i++ == 0 ? string.Empty : ", ").Append(name);
            command.Add(name, value);
        }

        sql.Append(')');
    }

    private async Task<IReadOnlyList<DataSnapshot>> SnapshotsAsync(string sql, string? id,
        CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await SnapshotsAsync(connection, null, sql, id, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<DataSnapshot>> SnapshotsAsync(DbConnection connection,
        DbTransaction? transaction, string sql, string? id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction);
        if (id is not null)
        {
            command.Add("@id", id);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<DataSnapshot>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new DataSnapshot(reader.GetString(0), reader.GetString(1), ReadTimestamp(reader, 2),
                reader.GetInt32(3)));
        }

        return result;
    }
}
