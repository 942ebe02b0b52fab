using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gpsi.Data.Store;

/// <summary>
/// Which back end a connection text names, and its provider connection string. Errors never echo the text, which
/// may hold a password.
/// </summary>
internal sealed record StoreAddress(StoreBackend Backend, string ConnectionString)
{
    /// <summary>The SQLite file used when no connection is given, in the current directory.</summary>
    public const string DefaultFile = "gpsi.db";

    private static readonly string[] SqliteExtensions = [".db", ".sqlite", ".sqlite3"];

    /// <summary>
    /// null/blank → SQLite <c>gpsi.db</c>; a path ending <c>.db</c>/<c>.sqlite</c>/<c>.sqlite3</c> or
    /// <c>Data Source=…</c> → SQLite; <c>Host=…</c> (Npgsql keywords) or a <c>postgres://</c> /
    /// <c>postgresql://</c> URL → PostgreSQL.
    /// </summary>
    /// <exception cref="ArgumentException">The text is none of these, or names an in-memory SQLite database
    /// (each connection would see a different empty database).</exception>
    public static StoreAddress Parse(string? connection)
    {
        var text = connection?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Sqlite(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(DefaultFile) });
        }

        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreAddress(StoreBackend.Postgres, PostgresUrl.ToConnectionString(text));
        }

        if (!text.Contains('=', StringComparison.Ordinal)
            && SqliteExtensions.Any(e => text.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return Sqlite(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(text) });
        }

        var keys = Keys(text);
        if (keys.Contains("data source") || keys.Contains("datasource") || keys.Contains("filename"))
        {
            return Sqlite(new SqliteConnectionStringBuilder(text));
        }

        if (keys.Contains("host") || keys.Contains("server"))
        {
            return new StoreAddress(StoreBackend.Postgres, new NpgsqlConnectionStringBuilder(text).ConnectionString);
        }

        throw new ArgumentException(
            "the store connection is not understood: expected nothing (SQLite gpsi.db), a path ending .db or .sqlite, "
            + "'Data Source=FILE', 'Host=…;Database=…' or a postgres:// URL", nameof(connection));
    }

    /// <summary>
    /// The same store for reading only: SQLite <c>Mode=ReadOnly</c> (the file must exist; it is never created),
    /// PostgreSQL sessions with <c>default_transaction_read_only=on</c> (any write fails in the server).
    /// </summary>
    public StoreAddress ReadOnly()
    {
        if (Backend == StoreBackend.Sqlite)
        {
            return this with
            {
                ConnectionString = new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadOnly }
                    .ConnectionString,
            };
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        const string readOnly = "-c default_transaction_read_only=on";
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? readOnly : builder.Options + " " + readOnly;
        return this with { ConnectionString = builder.ConnectionString };
    }

    private static StoreAddress Sqlite(SqliteConnectionStringBuilder builder)
    {
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource.Trim() is ":memory:" or "")
        {
            throw new ArgumentException(
                "an in-memory SQLite database cannot hold a store (every connection would see a new, empty one): "
                + "give a file", nameof(builder));
        }

        builder.ForeignKeys = true;
        builder.Pooling = true;
        return new StoreAddress(StoreBackend.Sqlite, builder.ConnectionString);
    }

    private static HashSet<string> Keys(string text)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = text };
            return builder.Keys.Cast<string>().Select(k => k.ToLowerInvariant()).ToHashSet();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(
                "the store connection is neither a file path nor a 'key=value;…' connection string", nameof(text), e);
        }
    }
}
