using System.Globalization;

namespace Gpsi.Data.Fetch;

/// <summary>
/// <c>gpsi fetch</c>: downloads the plan's targets into <c>{out}/snapshots/YYYY-MM-DD/</c> (date from the injected
/// clock, UTC), one file per target plus <c>manifest.json</c> and <c>catalogue.yaml</c>, both rewritten atomically
/// after every target. Resumable: a target already complete today (file present, SHA-256 as in the manifest) is not
/// requested again; an incomplete one is fetched again, World Bank targets from their first missing page. Targets run
/// one after another; a failing target does not stop the others.
/// </summary>
public sealed class SnapshotFetcher : IDisposable
{
    private readonly FetchPlan _plan;
    private readonly FetchOptions _options;
    private readonly TimeProvider _clock;
    private readonly FetchHttp _http;

    /// <summary>
    /// Prepares a run. <paramref name="handler"/> replaces the default <see cref="SocketsHttpHandler"/> (tests);
    /// it is not disposed with the fetcher. <paramref name="clock"/> gives the snapshot date, retrieval times, retry
    /// delays and attempt timeouts. Throws <see cref="ArgumentOutOfRangeException"/> for invalid options and
    /// <see cref="ArgumentException"/> for an unknown id in <see cref="FetchOptions.Only"/>.
    /// </summary>
    public SnapshotFetcher(FetchPlan plan, FetchOptions options, TimeProvider clock, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        options.Validate();
        _ = plan.Select(options.Only);
        _plan = plan;
        _options = options;
        _clock = clock;
        _http = handler is null
            ? new FetchHttp(FetchHttp.DefaultHandler(), disposeHandler: true, options, clock)
            : new FetchHttp(handler, disposeHandler: false, options, clock);
    }

    /// <summary>The snapshot folder for <paramref name="now"/>: <c>{outputDirectory}/snapshots/YYYY-MM-DD</c> (UTC date).</summary>
    public static string SnapshotPath(string outputDirectory, DateTimeOffset now) =>
        Path.GetFullPath(Path.Combine(outputDirectory, "snapshots",
            now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>
    /// Fetches the selected targets. Network and content problems become failed outcomes (with the reason); only
    /// cancellation of <paramref name="cancellation"/> throws (<see cref="OperationCanceledException"/>), leaving
    /// what was verified so far for the next run.
    /// </summary>
    public async Task<FetchReport> RunAsync(IProgress<FetchProgress>? progress, CancellationToken cancellation)
    {
        var folder = SnapshotPath(_options.OutputDirectory, _clock.GetUtcNow());
        Directory.CreateDirectory(folder);
        var date = Path.GetFileName(folder);
        var manifestPath = Path.Combine(folder, SnapshotManifest.FileName);
        var manifest = (File.Exists(manifestPath)
            ? SnapshotManifest.Parse(await File.ReadAllTextAsync(manifestPath, cancellation).ConfigureAwait(false))
            : null) ?? new SnapshotManifest(date, []);
        var order = _plan.Targets.Select(t => t.Id).ToList();
        var outcomes = new List<TargetOutcome>();
        foreach (var target in _plan.Select(_options.Only))
        {
            cancellation.ThrowIfCancellationRequested();
            var (outcome, entry) = await FetchAsync(target, folder, manifest, progress, cancellation).ConfigureAwait(false);
            outcomes.Add(outcome);
            if (entry is not null)
            {
                manifest = manifest.With(entry, order);
                SnapshotFiles.WriteAtomic(manifestPath, manifest.ToJson());
            }

            SnapshotFiles.WriteAtomic(Path.Combine(folder, SnapshotCatalogue.FileName), SnapshotCatalogue.ToYaml(_plan, manifest));
        }

        return new FetchReport(folder, outcomes);
    }

    /// <summary>Disposes the HTTP client (and the default handler).</summary>
    public void Dispose() => _http.Dispose();

    private async Task<(TargetOutcome Outcome, ManifestEntry? Entry)> FetchAsync(FetchTarget target, string folder,
        SnapshotManifest manifest, IProgress<FetchProgress>? progress, CancellationToken cancellation)
    {
        var path = Path.Combine(folder, target.FileName);
        var previous = manifest.Targets.FirstOrDefault(e => e.Id == target.Id);
        if (previous is { Status: SnapshotManifest.Complete, Sha256: { } expected } && SnapshotFiles.Sha256(path) == expected)
        {
            progress?.Report(new FetchProgress(target.Id, FetchStage.UpToDate, $"up to date ({previous.Bytes} bytes, sha256 {expected[..12]}…)"));
            return (new TargetOutcome(target.Id, TargetStatus.UpToDate, null, 0, previous.Bytes, expected), null);
        }

        var run = new TargetRun(target, folder, _options, _http, progress, cancellation);
        run.Report(FetchStage.Started, $"fetching {target.Code}");
        var file = target.Api switch
        {
            FetchApi.WorldBank => await WorldBankDownload.RunAsync(run).ConfigureAwait(false),
            FetchApi.WhoGho => await GhoDownload.RunAsync(run).ConfigureAwait(false),
            _ => await OwidDownload.RunAsync(run).ConfigureAwait(false),
        };
        var api = target.Api switch { FetchApi.WorldBank => "worldbank", FetchApi.WhoGho => "who-gho", _ => "owid" };
        if (file is null)
        {
            var error = run.Error ?? "failed";
            run.Report(FetchStage.Failed, error);
            var failed = new ManifestEntry(target.Id, api, target.FileName, run.Urls, SnapshotManifest.Failed, null, null,
                null, null, null, null, error);
            return (new TargetOutcome(target.Id, TargetStatus.Failed, error, run.Requests, null, null), failed);
        }

        SnapshotFiles.WriteAtomic(path, file.Content);
        file.Cleanup?.Invoke();
        var sha = SnapshotFiles.Sha256(file.Content);
        var entry = new ManifestEntry(target.Id, api, target.FileName, run.Urls, SnapshotManifest.Complete,
            _clock.GetUtcNow().ToUniversalTime(), file.Content.LongLength, sha, file.SourceUpdated, file.Rows, file.Columns, null);
        run.Report(FetchStage.Completed, $"{file.Rows} rows, {file.Content.LongLength} bytes, sha256 {sha[..12]}…");
        return (new TargetOutcome(target.Id, TargetStatus.Fetched, null, run.Requests, file.Content.LongLength, sha), entry);
    }
}
