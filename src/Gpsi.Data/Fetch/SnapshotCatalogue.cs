using System.Text.RegularExpressions;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Fetch;

/// <summary>
/// The snapshot's <c>catalogue.yaml</c>: one source entry per complete file of the manifest, described by its plan
/// target, with the URL requested (without the page number), the vintage (the service's last-update date when it
/// states one, else the snapshot date) and the OWID columns as served.
/// </summary>
internal static partial class SnapshotCatalogue
{
    public const string FileName = "catalogue.yaml";

    public static IReadOnlyList<SourceEntry> Entries(FetchPlan plan, SnapshotManifest manifest)
    {
        var entries = new List<SourceEntry>();
        foreach (var entry in manifest.Targets.Where(e => e.Status == SnapshotManifest.Complete))
        {
            if (plan.Targets.FirstOrDefault(t => t.Id == entry.Id) is not { } target)
            {
                continue;
            }

            var notes = new List<string>();
            if (target.Notes.Length > 0)
            {
                notes.Add(target.Notes);
            }

            var retrieved = entry.RetrievedAt?.UtcDateTime.ToString("yyyy-MM-dd") ?? manifest.Snapshot;
            notes.Add(entry.SourceUpdated is { } updated
                ? $"Retrieved {retrieved} by gpsi fetch; the service's lastupdated is {updated}."
                : $"Retrieved {retrieved} by gpsi fetch.");
            var series = target.Series.ToList();
            if (entry.Columns is { } columns)
            {
                for (var i = 0; i < series.Count; i++)
                {
                    var column = OwidColumns.Resolve(series[i], series.Count, columns) ?? series[i].Column;
                    if (column != series[i].Column)
                    {
                        notes.Add($"OWID served column '{column}' where the plan named '{series[i].Column}'.");
                        series[i] = series[i] with { Column = column };
                    }
                }
            }

            var url = entry.Urls.Count > 0 ? PageParameter().Replace(entry.Urls[0], string.Empty) : string.Empty;
            entries.Add(target.ToSourceEntry(url, entry.SourceUpdated ?? manifest.Snapshot, string.Join(" ", notes), series));
        }

        return entries;
    }

    public static string ToYaml(FetchPlan plan, SnapshotManifest manifest) =>
        $"# Snapshot {manifest.Snapshot} written by gpsi fetch; files are relative to this folder.\n" +
        SourceCatalogueWriter.ToYaml(Entries(plan, manifest));

    [GeneratedRegex("&page=[0-9]+")]
    private static partial Regex PageParameter();
}
