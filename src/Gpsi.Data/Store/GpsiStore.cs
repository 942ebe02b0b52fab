namespace Gpsi.Data.Store;

/// <summary>Opens the store named by a connection text.</summary>
public static class GpsiStore
{
    /// <summary>
    /// Opens (and migrates) the store that <paramref name="connection"/> names:
    /// <list type="bullet">
    /// <item>null or blank: the SQLite file <c>gpsi.db</c> in the current directory (created if missing);</item>
    /// <item>a path ending <c>.db</c>, <c>.sqlite</c> or <c>.sqlite3</c>, or <c>Data Source=FILE;…</c>: SQLite;</item>
    /// <item><c>Host=…;Database=…;…</c> (Npgsql keywords) or <c>postgres://user:pw@host:port/db</c>: PostgreSQL
    /// (the database must exist; tables go to the first schema on its search path).</item>
    /// </list>
    /// SQLite files are put in WAL mode with foreign keys on and a 30 s busy timeout.
    /// </summary>
    /// <param name="connection">The connection text; never echoed in errors (it may hold a password).</param>
    /// <param name="time">The clock for load and migration times.</param>
    /// <param name="cancellationToken">Cancels opening and migrating.</param>
    /// <exception cref="ArgumentException">The text names no back end, or an in-memory SQLite database.</exception>
    /// <exception cref="MigrationException">The schema cannot be brought to this program's version.</exception>
    public static async Task<IGpsiStore> OpenAsync(string? connection, TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var address = StoreAddress.Parse(connection);
        SqlGpsiStore store;
        if (address.Backend == StoreBackend.Sqlite)
        {
            var sqlite = new SqliteGpsiStore(address.ConnectionString, time);
            store = sqlite;
            try
            {
                await sqlite.InitialiseAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await store.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        else
        {
            store = new PostgresGpsiStore(address.ConnectionString, time);
        }

        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens the store that <paramref name="connection"/> names (as <see cref="OpenAsync"/> does) for reading only:
    /// nothing is created or migrated, and every write through the returned store fails in the database (SQLite
    /// <c>Mode=ReadOnly</c>; PostgreSQL sessions with <c>default_transaction_read_only=on</c>). For serving.
    /// </summary>
    /// <param name="connection">The connection text; never echoed in errors.</param>
    /// <param name="time">The clock (unused for reads; kept for symmetry with <see cref="OpenAsync"/>).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="ArgumentException">The text names no back end, or an in-memory SQLite database.</exception>
    /// <exception cref="MigrationException">The store's schema is not exactly this program's: older (run a writing
    /// command such as <c>gpsi build</c> first), newer, or with an edited migration.</exception>
    /// <exception cref="System.Data.Common.DbException">The database cannot be opened (for SQLite: the file does
    /// not exist).</exception>
    public static async Task<IGpsiStore> OpenReadOnlyAsync(string? connection, TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var address = StoreAddress.Parse(connection).ReadOnly();
        SqlGpsiStore store = address.Backend == StoreBackend.Sqlite
            ? new SqliteGpsiStore(address.ConnectionString, time)
            : new PostgresGpsiStore(address.ConnectionString, time);
        try
        {
            await store.CheckSchemaAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
