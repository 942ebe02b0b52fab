using System.Text;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Fetch;

/// <summary>
/// Downloads an OWID grapher chart as CSV, kept exactly as served, after checking it parses as CSV, starts with
/// <c>Entity,Code,Year</c> and has the value columns the plan's series name.
/// </summary>
internal static class OwidDownload
{
    public static async Task<TargetFile?> RunAsync(TargetRun run)
    {
        var url = run.Options.Endpoints.OwidCsv(run.Target);
        var body = await run.GetAsync(url).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(body);
        if (text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('<'))
        {
            return run.Fail<TargetFile>($"the body is HTML, not CSV ({url})");
        }

        var diagnostics = new List<Diagnostic>();
        var table = CsvTable.Parse(new StringReader(text), run.Target.FileName, diagnostics);
        if (table is null)
        {
            return run.Fail<TargetFile>($"the body is not valid CSV: {diagnostics.First(d => d.Severity == Severity.Error)} ({url})");
        }

        var header = table.Header.Select(h => h.TrimStart('\uFEFF')).ToList();
        if (header.Count < 4 || !header.Take(3).SequenceEqual(OwidColumns.KeyColumns))
        {
            return run.Fail<TargetFile>($"the CSV header is '{string.Join(",", header)}', expected Entity,Code,Year,<values> ({url})");
        }

        var values = header.Skip(3).ToList();
        foreach (var series in run.Target.Series)
        {
            if (OwidColumns.Resolve(series, run.Target.Series.Count, values) is null)
            {
                return run.Fail<TargetFile>(
                    $"the CSV has no column '{series.Column}'; it has {string.Join(", ", values)} ({url})");
            }
        }

        if (table.Rows.Length == 0)
        {
            return run.Fail<TargetFile>($"the CSV has a header but no rows ({url})");
        }

        return new TargetFile(body, table.Rows.Length, null, values);
    }
}
