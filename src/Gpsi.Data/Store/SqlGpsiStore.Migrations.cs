using System.Data.Common;
using Gpsi.Data.Store.Migrations;

namespace Gpsi.Data.Store;

/// <content>The migration runner: verify what was applied, then apply what is missing, one transaction each.</content>
internal abstract partial class SqlGpsiStore
{
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var known = MigrationSet.For(Backend);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var migrationLock = await LockMigrationsAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (migrationLock.ConfigureAwait(false))
            {
                await connection.ExecuteAsync(MigrationsTableSql, null, cancellationToken).ConfigureAwait(false);
                Verify(known, await AppliedAsync(connection, null, cancellationToken).ConfigureAwait(false));
                var count = 0;
                foreach (var migration in known)
                {
                    if (await ApplyAsync(connection, known, migration, cancellationToken).ConfigureAwait(false))
                    {
                        count++;
                    }
                }

                return count;
            }
        }
    }

    /// <summary>
    /// For a read-only open: checks, without writing, that every migration this program has is applied unedited.
    /// </summary>
    /// <exception cref="MigrationException">The store has no schema, an older one (some migrations missing), a
    /// newer one, or an edited migration.</exception>
    public async Task CheckSchemaAsync(CancellationToken cancellationToken = default)
    {
        var known = MigrationSet.For(Backend);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var exists = await connection.ScalarAsync(TableExistsSql, null, cancellationToken,
                ("@name", "schema_migrations")).ConfigureAwait(false);
            var applied = Convert.ToInt64(exists, System.Globalization.CultureInfo.InvariantCulture) == 0
                ? []
                : await AppliedAsync(connection, null, cancellationToken).ConfigureAwait(false);
            Verify(known, applied);
            var missing = known.Where(m => !applied.ContainsKey(m.Version)).ToList();
            if (missing.Count > 0)
            {
                var at = applied.Count == 0 ? "has no GPSI schema" : $"is at schema version {applied.Keys.Max():D4}";
                throw new MigrationException(
                    $"the store {at}, older than this program, which needs {known[^1].Version:D4} "
                    + $"({string.Join(", ", missing.Select(m => $"{m.Label} {m.Name}"))} not applied); it is opened "
                    + "read-only, so it is not migrated: run gpsi build first (any gpsi command that writes "
                    + "the store, such as gpsi build --store … or gpsi data load --store …, migrates it)");
            }
        }
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var exists = await connection.ScalarAsync(TableExistsSql, null, cancellationToken,
                ("@name", "schema_migrations")).ConfigureAwait(false);
            if (Convert.ToInt64(exists, System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return 0;
            }

            var version = await connection.ScalarAsync("SELECT max(version) FROM schema_migrations", null,
                cancellationToken).ConfigureAwait(false);
            return version is null ? 0 : Convert.ToInt32(version, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Applies <paramref name="migration"/> unless a concurrent run already did (checked inside the
    /// transaction, which on SQLite holds the write lock); what was applied meanwhile is verified against all of
    /// <paramref name="known"/>, since later migrations may already be there too.</summary>
    private async Task<bool> ApplyAsync(DbConnection connection, IReadOnlyList<Migration> known, Migration migration,
        CancellationToken cancellationToken)
    {
        var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var applied = await AppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (applied.ContainsKey(migration.Version))
            {
                Verify(known, applied);
                return false;
            }

            await connection.ExecuteAsync(migration.Sql, transaction, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, checksum, applied_at) "
                + "VALUES (@version, @name, @checksum, @at)",
                transaction, cancellationToken,
                ("@version", migration.Version), ("@name", migration.Name), ("@checksum", migration.Checksum),
                ("@at", Timestamp(Time.GetUtcNow()))).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    private static void Verify(IReadOnlyList<Migration> known, Dictionary<int, (string Name, string Checksum)> applied)
    {
        var newest = known.Count == 0 ? 0 : known[^1].Version;
        foreach (var (version, (name, checksum)) in applied.OrderBy(a => a.Key))
        {
            var migration = known.FirstOrDefault(m => m.Version == version);
            if (migration is null)
            {
                if (version > newest)
                {
                    throw new MigrationException(
                        $"the database is at schema version {applied.Keys.Max()} (migration {version:D4} {name}), "
                        + $"newer than this program, which knows up to {newest:D4}: use a newer GPSI");
                }

                throw new MigrationException(
                    $"migration {version:D4} ({name}) was applied to the database but this program does not have it "
                    + "(deleted or renamed): applied migrations are frozen");
            }

            if (!string.Equals(migration.Checksum, checksum, StringComparison.Ordinal))
            {
                throw new MigrationException(
                    $"migration {migration.Label} ({migration.Name}) was edited after it was applied: the database "
                    + $"recorded {checksum}, this program has {migration.Checksum}. Applied migrations are frozen: "
                    + "revert the edit and put the change in a new migration");
            }
        }
    }

    private static async Task<Dictionary<int, (string Name, string Checksum)>> AppliedAsync(
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT version, name, checksum FROM schema_migrations ORDER BY version", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var applied = new Dictionary<int, (string, string)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return applied;
    }
}
