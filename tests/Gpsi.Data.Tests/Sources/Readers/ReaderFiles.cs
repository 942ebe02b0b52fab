using Gpsi.Data.Csv;
using Gpsi.Data.Fetch;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Tests.Sources.Readers;

/// <summary>Catalogue entries for the fetch plan's targets, temporary files and the real reference tables.</summary>
internal static class ReaderFiles
{
    public static SourceEntry Entry(string targetId, Func<SeriesEntry, SeriesEntry>? change = null)
    {
        var target = FetchPlan.Default.Targets.Single(t => t.Id == targetId);
        var series = target.Series.Select(s => change is null ? s : change(s)).ToList();
        return target.ToSourceEntry("https://example.invalid", "2026-11-22", target.Notes, series);
    }

    /// <summary>Writes <paramref name="text"/> to a new file in this run's temporary folder and returns its path.</summary>
    public static string Temp(string text)
    {
        var path = Path.Combine(TempFolder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A shared folder whose files older than an hour are removed at start, so temporary files do not pile up.</summary>
    private static string TempFolder { get; } = Fresh(Path.Combine(Path.GetTempPath(), "gpsi-reader-tests"));

    private static string Fresh(string folder)
    {
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddHours(-1)))
            {
                File.Delete(file);
            }
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>UNODC homicide rates from the shared OWID file: (code, or OWID_WRL for the world; year) → rate.</summary>
    public static Dictionary<(string Code, int Year), double> UnodcRates() =>
        Table(Path.Combine(SharedData.Root, "homicide", "unodc_homicide_rate_owid.csv"),
            r => (r[1], int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)), r => r[3]);

    /// <summary>WHO RS_198 from the shared tidy file: (code, year, sex) → (value, low, high).</summary>
    public static Dictionary<(string Code, int Year, string Sex), (double Value, double Low, double High)> WhoRoadRates()
    {
        var rows = Read(Path.Combine(SharedData.Root, "road_safety", "who_road_traffic_death_rate.csv"));
        return rows.ToDictionary(r => (r[1], Number<int>(r[4]), r[5]), r => (Number<double>(r[6]), Number<double>(r[7]), Number<double>(r[8])));
    }

    private static Dictionary<TKey, double> Table<TKey>(string path, Func<IReadOnlyList<string>, TKey> key,
        Func<IReadOnlyList<string>, string> value)
        where TKey : notnull =>
        Read(path).Where(r => r[1].Length > 0).ToDictionary(key, r => Number<double>(value(r)));

    private static List<IReadOnlyList<string>> Read(string path)
    {
        var diagnostics = new List<Gpsi.Core.Diagnostics.Diagnostic>();
        var table = CsvTable.Read(path, diagnostics) ?? throw new InvalidOperationException(string.Join("; ", diagnostics));
        return table.Rows.Select(r => (IReadOnlyList<string>)r.Fields).ToList();
    }

    private static T Number<T>(string text)
        where T : System.Numerics.INumber<T> => T.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
