using Gpsi.Core.Observations;
using Gpsi.Data.Countries;
using Gpsi.Data.Loading;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Tests.Loading;

/// <summary>A loader over in-memory records: a reader that returns what it is given and a tiny country list.</summary>
internal static class LoaderFixture
{
    public static readonly Country France = Make("FRA", "France");
    public static readonly Country Chad = Make("TCD", "Chad");

    public static EntityResolution Resolve(string? code, string? name) => (code, name) switch
    {
        ("FRA", _) or (_, "France") => new(EntityKind.Country, France, "test"),
        ("TCD", _) or (_, "Chad") => new(EntityKind.Country, Chad, "test"),
        (_, "World") => new(EntityKind.Aggregate, null, "aggregate: world"),
        (_, "USSR") => new(EntityKind.Historical, null, "historical: Soviet Union"),
        _ => new(EntityKind.Unknown, null, "no code or name matched"),
    };

    public static SeriesEntry Series(string indicator = "homicide_rate", ValueKind kind = ValueKind.Rate,
        double? min = 0, double? max = 200, string unit = "per 100k") =>
        new(indicator, "value", unit, kind, min, max, 1, new Dictionary<string, string>(), null);

    public static SourceEntry Source(string id, params SeriesEntry[] series) =>
        new(id, "test source", "publisher", "https://example.org", "CC BY 4.0", $"{id}.csv", "memory", "2024", series,
            string.Empty, new Dictionary<string, string>());

    public static SourceRecord Row(string? code, string? name, int year, double value, int line,
        string indicator = "homicide_rate", string? unit = null) =>
        new(code, name, indicator, year, value, line, 4, ObservationFlags.None, [], unit);

    /// <summary>A data folder with an empty file per source (the memory reader ignores it) and a loader.</summary>
    public static (DataLoader Loader, string Folder) Create(TempFolder folder, IReadOnlyList<SourceEntry> sources,
        Dictionary<string, List<SourceRecord>> rows)
    {
        foreach (var s in sources)
        {
            File.WriteAllText(Path.Combine(folder.Path, s.File), string.Empty);
        }

        var reader = new MemoryReader(rows);
        return (new DataLoader(Resolve, format => format == reader.Format ? reader : null), folder.Path);
    }

    private static Country Make(string iso3, string name) =>
        new(new CountryCode(iso3), iso3[..2], null, name, null, null, null, null, true, null);

    private sealed class MemoryReader(Dictionary<string, List<SourceRecord>> rows) : ISourceReader
    {
        public string Format => "memory";

        public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
            new(rows.GetValueOrDefault(entry.Id) ?? [], []);
    }
}
