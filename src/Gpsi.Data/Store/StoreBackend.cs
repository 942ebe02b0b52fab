namespace Gpsi.Data.Store;

/// <summary>Which database engine a store runs on.</summary>
public enum StoreBackend
{
    /// <summary>An SQLite file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database.</summary>
    Postgres,
}
