using System.Text;
using System.Text.Json;

namespace Gpsi.Data.Fetch;

/// <summary>
/// Downloads a GHO OData indicator, following <c>@odata.nextLink</c> (absolute or relative) until the last page, and
/// merges the pages into one <c>{"@odata.context": …, "value": [ … ]}</c> file, one row per line.
/// </summary>
internal static class GhoDownload
{
    public static async Task<TargetFile?> RunAsync(TargetRun run)
    {
        var url = run.Options.Endpoints.Gho(run.Target);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<string>();
        string? context = null;
        for (var page = 1; ; page++)
        {
            if (!seen.Add(url.ToString()))
            {
                return run.Fail<TargetFile>($"@odata.nextLink loops back to {url}");
            }

            if (page > run.Options.MaxPages)
            {
                return run.Fail<TargetFile>($"more than {run.Options.MaxPages} pages of @odata.nextLink");
            }

            var body = await run.GetAsync(url).ConfigureAwait(false);
            if (body is null)
            {
                return null;
            }

            using var document = JsonText.TryParse(body, out var error);
            if (document is null)
            {
                return run.Fail<TargetFile>($"{error} ({url})");
            }

            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var problem))
            {
                return run.Fail<TargetFile>($"the GHO API answered with an error: {problem.GetRawText()} ({url})");
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("value", out var value)
                || value.ValueKind != JsonValueKind.Array)
            {
                return run.Fail<TargetFile>($"the body is not the OData shape {{\"value\": [rows]}} ({url})");
            }

            context ??= JsonText.String(root, "@odata.context");
            foreach (var row in value.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Object)
                {
                    return run.Fail<TargetFile>($"row {rows.Count + 1} is not an object ({url})");
                }

                rows.Add(row.GetRawText());
            }

            run.Report(FetchStage.Progress, $"page {page}: {rows.Count} rows", page, 0);
            if (JsonText.String(root, "@odata.nextLink") is not { Length: > 0 } next)
            {
                break;
            }

            url = new Uri(url, next);
        }

        if (rows.Count == 0)
        {
            return run.Fail<TargetFile>($"the GHO has no rows for {run.Target.Code}");
        }

        return new TargetFile(Merge(context, rows), rows.Count, null, null);
    }

    private static byte[] Merge(string? context, List<string> rows)
    {
        var text = new StringBuilder("{");
        if (context is not null)
        {
            text.Append("\"@odata.context\":").Append(JsonSerializer.Serialize(context)).Append(',');
        }

        text.Append("\"value\":[\n").AppendJoin(",\n", rows).Append("\n]}\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var check = JsonText.TryParse(bytes, out var error)
            ?? throw new InvalidOperationException($"The merged GHO file does not read back: {error}");
        return bytes;
    }
}
