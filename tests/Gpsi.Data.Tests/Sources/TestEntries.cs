using Gpsi.Data.Sources;

namespace Gpsi.Data.Tests.Sources;

/// <summary>Catalogue entries and temporary files for reader tests.</summary>
internal static class TestEntries
{
    public static SourceEntry Entry(string format, IReadOnlyDictionary<string, string>? options,
        params SeriesEntry[] series) =>
        new("test-source", "Test", "Tester", "https://example.org", "CC0", "test.csv", format, "2024", series,
            string.Empty, options ?? new Dictionary<string, string>());

    public static SeriesEntry Series(string indicator, string column, double scale = 1, double? min = null,
        double? max = null, IReadOnlyDictionary<string, string>? filter = null) =>
        new(indicator, column, "unit", ValueKind.Score, min, max, scale, filter ?? new Dictionary<string, string>(),
            null);

    public static Dictionary<string, string> Map(params string[] pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }

    /// <summary>Reads <paramref name="csv"/> (written to a temporary file) with <paramref name="reader"/>.</summary>
    public static SourceReadResult ReadText(ISourceReader reader, SourceEntry entry, string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gpsi-src-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        try
        {
            return reader.Read(entry, path, "test.csv");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Reads the catalogue entry <paramref name="id"/> of the default catalogue from the shared data.</summary>
    public static SourceReadResult ReadShared(string id) =>
        SourceReaders.Default.Read(SourceCatalogue.Default.Find(id)
            ?? throw new InvalidOperationException($"no source {id}"), SharedData.Root);
}
