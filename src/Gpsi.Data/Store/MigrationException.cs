namespace Gpsi.Data.Store;

/// <summary>
/// The database schema cannot be brought to this program's version: an applied migration was edited afterwards
/// (checksum mismatch), or the database was migrated by a newer program. Nothing was changed.
/// </summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates the exception with a message naming the migration and what to do.</summary>
    public MigrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the database error behind it.</summary>
    public MigrationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
