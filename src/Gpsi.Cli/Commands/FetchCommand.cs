using System.CommandLine;
using System.Globalization;
using Gpsi.Data.Fetch;
using Spectre.Console;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi fetch</c>: downloads the current releases named in <c>catalogue/online.yaml</c> into
/// <c>DIR/snapshots/YYYY-MM-DD/</c> with a manifest and a catalogue (see docs/fetch.md). Exit code 3 when any target
/// failed, after the others completed.
/// </summary>
public static class FetchCommand
{
    /// <summary>Creates the command (system clock, real network).</summary>
    public static Command Create(CliConsole console) => Create(console, TimeProvider.System, handler: null);

    /// <summary>Creates the command with an injected clock and HTTP handler (tests).</summary>
    internal static Command Create(CliConsole console, TimeProvider clock, HttpMessageHandler? handler)
    {
        var defaults = new FetchOptions();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder under which snapshots/YYYY-MM-DD/ is written. Default: the current directory." };
        var only = new Option<string[]>("--only") { Description = "Fetch only these target ids (comma-separated or repeated).", AllowMultipleArgumentsPerToken = true };
        var timeout = new Option<double>("--timeout") { Description = "Seconds allowed for one HTTP attempt, body included.", DefaultValueFactory = _ => defaults.Timeout.TotalSeconds };
        var retries = new Option<int>("--retries") { Description = "Retries per request on 5xx, 408, 429, timeouts and connection errors.", DefaultValueFactory = _ => defaults.Retries };
        var worldBank = new Option<string?>("--worldbank-url") { Description = $"World Bank API v2 root. Default: {FetchEndpoints.Default.WorldBank.OriginalString}" };
        var who = new Option<string?>("--who-url") { Description = $"WHO GHO OData root. Default: {FetchEndpoints.Default.Who.OriginalString}" };
        var owid = new Option<string?>("--owid-url") { Description = $"Our World in Data root. Default: {FetchEndpoints.Default.Owid.OriginalString}" };
        var command = new Command("fetch", "Download current World Bank, WHO GHO and OWID releases into a dated snapshot folder with manifest.json and catalogue.yaml.")
        {
            output, only, timeout, retries, worldBank, who, owid,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            try
            {
                var ids = (parse.GetValue(only) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
                var unknown = FetchPlan.Default.UnknownIds(ids);
                if (unknown.Count > 0)
                {
                    throw new UsageException($"--only: unknown target(s) {string.Join(", ", unknown)}; known: {string.Join(", ", FetchPlan.Default.Targets.Select(t => t.Id))}");
                }

                var seconds = parse.GetValue(timeout);
                if (!(seconds > 0.01) || seconds > 86_400)
                {
                    throw new UsageException($"--timeout: expected seconds between 0.01 and 86400, found {seconds.ToString(CultureInfo.InvariantCulture)}");
                }

                var retryCount = parse.GetValue(retries);
                if (retryCount is < 0 or > 20)
                {
                    throw new UsageException($"--retries: expected 0 to 20, found {retryCount}");
                }

                var options = defaults with
                {
                    OutputDirectory = parse.GetValue(output)?.FullName ?? ".",
                    Only = ids,
                    Timeout = TimeSpan.FromSeconds(seconds),
                    Retries = retryCount,
                    Endpoints = new FetchEndpoints(
                        Url("--worldbank-url", parse.GetValue(worldBank), FetchEndpoints.Default.WorldBank),
                        Url("--who-url", parse.GetValue(who), FetchEndpoints.Default.Who),
                        Url("--owid-url", parse.GetValue(owid), FetchEndpoints.Default.Owid)),
                };
                return await RunAsync(console, options, clock, handler, cancellation).ConfigureAwait(false);
            }
            catch (UsageException e)
            {
                await console.Error.WriteLineAsync($"gpsi: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static Uri Url(string option, string? text, Uri fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"{option}: expected an absolute http(s) URL, found '{text}'");
    }

    private static async Task<int> RunAsync(CliConsole console, FetchOptions options, TimeProvider clock,
        HttpMessageHandler? handler, CancellationToken cancellation)
    {
        using var fetcher = new SnapshotFetcher(FetchPlan.Default, options, clock, handler);
        FetchReport report;
        try
        {
            report = console.Terminal.Interactive
                ? await WithProgressBarsAsync(fetcher, FetchPlan.Default.Select(options.Only), cancellation).ConfigureAwait(false)
                : await fetcher.RunAsync(new PlainProgress(console.Out), cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("gpsi: fetch cancelled; verified files and pages are kept, run again to resume.").ConfigureAwait(false);
            return ExitCodes.FetchFailed;
        }

        var o = console.Out;
        await o.WriteLineAsync($"snapshot {report.SnapshotDirectory}: {report.Requests} request(s)").ConfigureAwait(false);
        foreach (var t in report.Targets)
        {
            var size = t.Bytes is { } b ? Size(b) : string.Empty;
            var status = t.Status switch { TargetStatus.Fetched => "fetched", TargetStatus.UpToDate => "up to date", _ => "FAILED" };
            await o.WriteLineAsync($"  {t.Id,-24} {status,-10} {size,10}  {(t.Sha256 is { } sha ? "sha256 " + sha[..16] : string.Empty)}").ConfigureAwait(false);
        }

        foreach (var t in report.Targets.Where(t => t.Status == TargetStatus.Failed))
        {
            await console.Error.WriteLineAsync($"gpsi: fetch {t.Id} failed: {t.Error}").ConfigureAwait(false);
        }

        if (report.Succeeded)
        {
            return ExitCodes.Success;
        }

        var failed = report.Targets.Count(t => t.Status == TargetStatus.Failed);
        await console.Error.WriteLineAsync($"gpsi: {failed} of {report.Targets.Count} target(s) failed; run again to retry them (completed ones are kept).").ConfigureAwait(false);
        return ExitCodes.FetchFailed;
    }

    private static async Task<FetchReport> WithProgressBarsAsync(SnapshotFetcher fetcher, IReadOnlyList<FetchTarget> targets,
        CancellationToken cancellation)
    {
        FetchReport? report = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = targets.ToDictionary(t => t.Id, t => context.AddTask(Markup.Escape(t.Id), autoStart: false, maxValue: 1));
                report = await fetcher.RunAsync(new BarProgress(tasks), cancellation).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return report!;
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F1} MB"),
    };

    /// <summary>One line per report, for logs and CI.</summary>
    private sealed class PlainProgress(TextWriter output) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value)
        {
            lock (output)
            {
                output.WriteLine($"fetch {value.TargetId}: {value.Message}");
            }
        }
    }

    /// <summary>A Spectre progress bar per target: pages done of pages known; the description shows the last message.</summary>
    private sealed class BarProgress(Dictionary<string, ProgressTask> tasks) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value)
        {
            if (!tasks.TryGetValue(value.TargetId, out var task))
            {
                return;
            }

            task.StartTask();
            task.Description = Markup.Escape($"{value.TargetId}: {value.Message}");
            switch (value.Stage)
            {
                case FetchStage.Progress when value.Total > 0:
                    task.MaxValue = value.Total;
                    task.Value = value.Done;
                    break;
                case FetchStage.Completed or FetchStage.UpToDate:
                    task.Value = task.MaxValue;
                    task.StopTask();
                    break;
                case FetchStage.Failed:
                    task.Description = $"[red]{Markup.Escape($"{value.TargetId}: {value.Message}")}[/]";
                    task.StopTask();
                    break;
            }
        }
    }
}
