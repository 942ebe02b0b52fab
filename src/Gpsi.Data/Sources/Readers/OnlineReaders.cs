namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// The readers for what <c>gpsi fetch</c> downloads, for the readers registry to include
/// (<c>..OnlineReaders.All</c>). OWID CSVs are <see cref="SourceFormats.OwidLong"/>, read by the OWID reader.
/// </summary>
public static class OnlineReaders
{
    /// <summary><see cref="WorldBankJsonReader"/> and <see cref="GhoODataReader"/>.</summary>
    public static IReadOnlyList<ISourceReader> All { get; } = [new WorldBankJsonReader(), new GhoODataReader()];
}
