using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Sources.Readers;

namespace Gpsi.Data.Sources;

/// <summary>
/// The readers by format (<see cref="SourceEntry.Format"/> → <see cref="ISourceReader"/>). Immutable: <see cref="With"/>
/// returns a new set with more readers (a reader for a format already present replaces it), so a composition root can
/// add readers without changing anybody else's set.
/// </summary>
public sealed class SourceReaders
{
    private readonly ImmutableDictionary<string, ISourceReader> _readers;

    private SourceReaders(ImmutableDictionary<string, ISourceReader> readers) => _readers = readers;

    /// <summary>
    /// The readers of this assembly: owid-long, who-gho, wgi-long, wjp-wide, itu-gci, rdatasets-grid, sdmx-csv,
    /// generic-long, gtd-events, and the online formats worldbank-json and gho-odata.
    /// </summary>
    public static SourceReaders Default { get; } = Empty.With(
        new OwidLongReader(),
        new WhoGhoReader(),
        new WgiLongReader(),
        new WjpWideReader(),
        new ItuGciReader(),
        new RdatasetsGridReader(),
        new SdmxCsvReader(),
        new GenericLongReader(),
        new GtdEventReader()).With([.. OnlineReaders.All]);

    /// <summary>A set without readers.</summary>
    public static SourceReaders Empty => new(ImmutableDictionary.Create<string, ISourceReader>(StringComparer.Ordinal));

    /// <summary>The formats that have a reader, sorted.</summary>
    public IReadOnlyList<string> Formats => [.. _readers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>This set plus <paramref name="readers"/>; each replaces any reader of the same format.</summary>
    public SourceReaders With(params ISourceReader[] readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var builder = _readers.ToBuilder();
        foreach (var reader in readers)
        {
            ArgumentNullException.ThrowIfNull(reader);
            builder[reader.Format] = reader;
        }

        return new SourceReaders(builder.ToImmutable());
    }

    /// <summary>The reader for <paramref name="format"/>, or null.</summary>
    public ISourceReader? Find(string format) => _readers.GetValueOrDefault(format);

    /// <summary>
    /// Reads <paramref name="entry"/>'s file from <paramref name="dataDirectory"/>; diagnostics name the file as the
    /// catalogue does (<see cref="SourceEntry.File"/>). A format without a reader (including the descriptive formats,
    /// which hold no series) is an error diagnostic, not an exception.
    /// </summary>
    public SourceReadResult Read(SourceEntry entry, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        if (Find(entry.Format) is not { } reader)
        {
            var hint = SourceFormats.HasSeries(entry.Format) ? "no reader is registered for it" : "it holds no series";
            return new SourceReadResult([], [Diagnostic.Error("source.no-reader",
                $"Source {entry.Id}: format '{entry.Format}' cannot be read ({hint}).",
                new SourceLocation(entry.File, Field: $"source {entry.Id}, format"), entry.Format,
                "one of " + string.Join(", ", Formats))]);
        }

        var path = Path.Combine(dataDirectory, entry.File.Replace('/', Path.DirectorySeparatorChar));
        return reader.Read(entry, path, entry.File);
    }
}
