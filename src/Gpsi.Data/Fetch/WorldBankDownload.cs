using System.Text;
using System.Text.Json;

namespace Gpsi.Data.Fetch;

/// <summary>
/// Downloads every page of a World Bank indicator. Each verified page is kept in <c>.pages/{id}/NNNN.json</c>, so a
/// failed run resumes at the first missing page; when all are there they are merged into one file in the API's own
/// shape (<c>[paging, rows]</c>, as if served in one page: one row per line) and the kept pages are dropped.
/// </summary>
internal static class WorldBankDownload
{
    public const string PagesFolder = ".pages";

    public static async Task<TargetFile?> RunAsync(TargetRun run)
    {
        var folder = Path.Combine(run.SnapshotDirectory, PagesFolder, run.Target.Id);
        Directory.CreateDirectory(folder);
        var first = await PageAsync(run, folder, 1, null).ConfigureAwait(false);
        if (first is null)
        {
            return null;
        }

        if (first.Pages > run.Options.MaxPages)
        {
            return run.Fail<TargetFile>($"the World Bank reports {first.Pages} pages, more than the limit of {run.Options.MaxPages}");
        }

        var pages = new List<WorldBankPage> { first };
        for (var p = 2; p <= first.Pages; p++)
        {
            var page = await PageAsync(run, folder, p, first).ConfigureAwait(false);
            if (page is null)
            {
                return null;
            }

            pages.Add(page);
        }

        var rows = pages.SelectMany(p => p.Rows).ToList();
        if (rows.Count != first.Total)
        {
            SnapshotFiles.DeleteFolder(folder);
            return run.Fail<TargetFile>($"the pages hold {rows.Count} rows, the API announced {first.Total}; pages dropped, run again");
        }

        if (rows.Count == 0)
        {
            return run.Fail<TargetFile>($"the World Bank has no rows for {run.Target.Code}");
        }

        var content = Merge(first, rows);
        var check = WorldBankPage.Parse(content, 1, run.Target.Code, out var error);
        if (check is null || check.Rows.Count != rows.Count)
        {
            throw new InvalidOperationException($"The merged World Bank file does not read back: {error}");
        }

        return new TargetFile(content, rows.Count, first.LastUpdated, null, () => DropPages(run.SnapshotDirectory, folder));
    }

    private static async Task<WorldBankPage?> PageAsync(TargetRun run, string folder, int number, WorldBankPage? first)
    {
        var path = Path.Combine(folder, $"{number:D4}.json");
        if (File.Exists(path))
        {
            var kept = WorldBankPage.Parse(await File.ReadAllBytesAsync(path, run.Cancellation).ConfigureAwait(false),
                number, run.Target.Code, out _);
            if (kept is not null && (first is null || kept.Mismatch(first) is null))
            {
                run.Report(FetchStage.Progress, $"page {number}/{first?.Pages ?? kept.Pages} kept from an earlier run",
                    number, first?.Pages ?? kept.Pages);
                return kept;
            }

            File.Delete(path);
        }

        var url = run.Options.Endpoints.WorldBankPage(run.Target, run.Options.WorldBankPageSize, number);
        var body = await run.GetAsync(url).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }

        var page = WorldBankPage.Parse(body, number, run.Target.Code, out var error);
        if (page is null)
        {
            return run.Fail<WorldBankPage>($"{error} ({url})");
        }

        if (first is not null && page.Mismatch(first) is { } mismatch)
        {
            // The data set changed under us: the kept pages are stale, start over next time.
            SnapshotFiles.DeleteFolder(folder);
            return run.Fail<WorldBankPage>($"{mismatch}; pages dropped, run again");
        }

        SnapshotFiles.WriteAtomic(path, body);
        var total = first?.Pages ?? page.Pages;
        run.Report(FetchStage.Progress, $"page {number}/{total}", number, total);
        return page;
    }

    /// <summary>One JSON file in the API's shape: the paging object rewritten to a single page, one row per line.</summary>
    private static byte[] Merge(WorldBankPage first, List<string> rows)
    {
        using var paging = JsonDocument.Parse(first.PagingJson);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("page", 1);
            writer.WriteNumber("pages", 1);
            writer.WriteNumber("per_page", rows.Count);
            writer.WriteNumber("total", rows.Count);
            foreach (var property in paging.RootElement.EnumerateObject())
            {
                if (property.Name is not ("page" or "pages" or "per_page" or "total"))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        var text = new StringBuilder("[").Append(Encoding.UTF8.GetString(buffer.ToArray())).Append(",\n[\n");
        text.AppendJoin(",\n", rows);
        text.Append("\n]]\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void DropPages(string snapshot, string folder)
    {
        SnapshotFiles.DeleteFolder(folder);
        var root = Path.Combine(snapshot, PagesFolder);
        if (Directory.Exists(root) && !Directory.EnumerateFileSystemEntries(root).Any())
        {
            Directory.Delete(root);
        }
    }
}
