using System.Text.Json;
using System.Text.Json.Serialization;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Store;

/// <summary>The JSON the store writes into text/jsonb columns: transformations, catalogue series and options.</summary>
internal static class StoreJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Strings(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, Options);

    public static string[] ReadStrings(string json) =>
        JsonSerializer.Deserialize<string[]>(json, Options) ?? [];

    public static string Series(IReadOnlyList<SeriesEntry> series) => JsonSerializer.Serialize(series, Options);

    public static SeriesEntry[] ReadSeries(string json) =>
        JsonSerializer.Deserialize<SeriesEntry[]>(json, Options) ?? [];

    public static string Map(IReadOnlyDictionary<string, string> map) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(map.ToDictionary(), StringComparer.Ordinal),
            Options);

    public static Dictionary<string, string> ReadMap(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? [];
}
