namespace Gpsi.Data.Sources;

/// <summary>Reads one file layout (see <see cref="SourceFormats"/>) into <see cref="SourceRecord"/>s.</summary>
public interface ISourceReader
{
    /// <summary>The <see cref="SourceEntry.Format"/> this reader handles.</summary>
    string Format { get; }

    /// <summary>
    /// Reads <paramref name="path"/> as described by <paramref name="entry"/>. Bad cells and lines become diagnostics
    /// naming <paramref name="displayPath"/>, line and column; the reader never throws for bad data.
    /// </summary>
    SourceReadResult Read(SourceEntry entry, string path, string displayPath);
}
