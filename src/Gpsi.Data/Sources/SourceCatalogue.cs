using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Yaml;

namespace Gpsi.Data.Sources;

/// <summary>
/// The source catalogue: every data set GPSI can read, described as data (<c>catalogue/sources.yaml</c>, embedded in
/// this assembly as <see cref="Default"/>; a fetched snapshot carries its own file of the same shape). Adding a source
/// is an edit of that file, not of code. The format is documented in <c>docs/data-sources.md</c>.
/// </summary>
public sealed class SourceCatalogue
{
    private const string ResourceName = "Gpsi.Data.Sources.sources.yaml";
    private static readonly Lazy<SourceCatalogue> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, SourceEntry> _byId;
    private readonly Dictionary<string, (SourceEntry Source, SeriesEntry Series)> _byIndicator;

    /// <summary>A catalogue of <paramref name="sources"/>; throws when two share an id or an indicator (a bug).</summary>
    public SourceCatalogue(IEnumerable<SourceEntry> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Sources = [.. sources];
        _byId = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);
        _byIndicator = new Dictionary<string, (SourceEntry, SeriesEntry)>(StringComparer.Ordinal);
        foreach (var source in Sources)
        {
            if (!_byId.TryAdd(source.Id, source))
            {
                throw new ArgumentException($"Source id '{source.Id}' appears twice.", nameof(sources));
            }

            foreach (var series in source.Series)
            {
                if (!_byIndicator.TryAdd(series.Indicator, (source, series)))
                {
                    throw new ArgumentException($"Indicator '{series.Indicator}' appears twice.", nameof(sources));
                }
            }
        }
    }

    /// <summary>
    /// The catalogue shipped with GPSI (<c>catalogue/sources.yaml</c>, embedded). Throws
    /// <see cref="InvalidOperationException"/> listing the diagnostics when it does not read cleanly: that is a bug.
    /// </summary>
    public static SourceCatalogue Default => Embedded.Value;

    /// <summary>The sources in file order.</summary>
    public IReadOnlyList<SourceEntry> Sources { get; }

    /// <summary>The source with <paramref name="id"/> (exact, case-sensitive), or null.</summary>
    public SourceEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The source and series that define <paramref name="indicator"/>, or null when no series does.</summary>
    public (SourceEntry Source, SeriesEntry Series)? FindIndicator(string indicator) =>
        _byIndicator.TryGetValue(indicator, out var found) ? found : null;

    /// <summary>
    /// Reads the catalogue file at <paramref name="path"/>. Returns null when any error was found; every problem
    /// (unreadable file, YAML syntax, unknown or missing keys, bad values, duplicates) is added to
    /// <paramref name="diagnostics"/> with file, line, column and field path.
    /// </summary>
    public static SourceCatalogue? Read(string path, List<Diagnostic> diagnostics)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            using var reader = new StreamReader(path);
            return Parse(reader, path, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Add(Diagnostic.Error("catalogue.unreadable", $"Cannot read the catalogue: {e.Message}",
                new SourceLocation(path), path, "a readable YAML file"));
            return null;
        }
    }

    /// <summary>
    /// Parses catalogue text; <paramref name="displayPath"/> is used only in locations. Returns null when any error
    /// was found (diagnostics are appended in file order).
    /// </summary>
    public static SourceCatalogue? Parse(TextReader text, string displayPath, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var source = new YamlSource(displayPath, "catalogue", "the catalogue");
        var root = YamlDocuments.LoadSingle(text, source, "a map with a 'sources' list");
        var entries = root is null ? [] : new SourceCatalogueParser(source).Parse(root);
        diagnostics.AddRange(source.Diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location?.Line ?? int.MaxValue)
            .ThenBy(x => x.d.Location?.Column ?? int.MaxValue)
            .ThenBy(x => x.i)
            .Select(x => x.d));
        return source.Diagnostics.HasErrors() ? null : new SourceCatalogue(entries);
    }

    private static SourceCatalogue LoadEmbedded()
    {
        using var stream = typeof(SourceCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded catalogue '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        var diagnostics = new List<Diagnostic>();
        return Parse(reader, "catalogue/sources.yaml", diagnostics)
            ?? throw new InvalidOperationException("The embedded source catalogue is broken:\n"
                + string.Join("\n", diagnostics));
    }

    /// <summary>The keys each level of a catalogue accepts (<c>catalogue</c>, <c>sources[]</c>, <c>series[]</c>).</summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<string>> AcceptedKeys { get; } =
        new Dictionary<string, ImmutableArray<string>>
        {
            ["catalogue"] = SourceCatalogueKeys.Root,
            ["sources[]"] = SourceCatalogueKeys.Source,
            ["sources[].series[]"] = SourceCatalogueKeys.Series,
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
