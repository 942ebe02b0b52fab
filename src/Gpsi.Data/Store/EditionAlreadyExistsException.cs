namespace Gpsi.Data.Store;

/// <summary>
/// Thrown by <see cref="IGpsiStore.PublishEditionAsync"/> when an edition with the same id is already published
/// (also when another process published it first). The existing edition is left exactly as it was.
/// </summary>
public sealed class EditionAlreadyExistsException : InvalidOperationException
{
    /// <summary>Creates the exception for edition <paramref name="editionId"/>.</summary>
    public EditionAlreadyExistsException(string editionId)
        : this(editionId, null)
    {
    }

    /// <summary>Creates the exception for edition <paramref name="editionId"/> caused by a database error.</summary>
    public EditionAlreadyExistsException(string editionId, Exception? innerException)
        : base($"edition '{editionId}' is already published; editions are immutable, publish under a new id",
            innerException)
    {
        EditionId = editionId;
    }

    /// <summary>The id that was already taken.</summary>
    public string EditionId { get; }
}
