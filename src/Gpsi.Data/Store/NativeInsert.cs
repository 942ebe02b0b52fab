using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Gpsi.Data.Store;

/// <summary>
/// One SQLite statement prepared once and executed per row through the native API (SQLitePCLRaw, which
/// Microsoft.Data.Sqlite is built on), on a connection whose transaction Microsoft.Data.Sqlite manages. Errors
/// throw <see cref="SqliteException"/> exactly as the ADO.NET path would.
/// </summary>
internal sealed class NativeInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public NativeInsert(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Text(int index, string value) => Check(raw.sqlite3_bind_text(_statement, index, value));

    public void Integer(int index, int value) => Check(raw.sqlite3_bind_int(_statement, index, value));

    public void Integer(int index, int? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    public void Real(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    /// <summary>Executes the statement with the bound values, then resets it for the next row.</summary>
    public void Step()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
