namespace Gpsi.Data.Fetch;

/// <summary>The state of one target while it downloads: requests made, URLs used, the first failure, progress.</summary>
internal sealed class TargetRun(
    FetchTarget target,
    string snapshotDirectory,
    FetchOptions options,
    FetchHttp http,
    IProgress<FetchProgress>? progress,
    CancellationToken cancellation)
{
    public FetchTarget Target => target;

    public string SnapshotDirectory => snapshotDirectory;

    public FetchOptions Options => options;

    public CancellationToken Cancellation => cancellation;

    public int Requests { get; private set; }

    public List<string> Urls { get; } = [];

    /// <summary>Why the target failed; set once, by the first failure.</summary>
    public string? Error { get; private set; }

    /// <summary>GETs <paramref name="url"/> with retries; null (and <see cref="Error"/> set) when it fails.</summary>
    public async Task<byte[]?> GetAsync(Uri url)
    {
        if (!Urls.Contains(url.ToString()))
        {
            Urls.Add(url.ToString());
        }

        var result = await http.GetAsync(url, message => Report(FetchStage.Retrying, message), cancellation)
            .ConfigureAwait(false);
        Requests += result.Attempts;
        return result.Body ?? Fail<byte[]>(result.Error!);
    }

    /// <summary>Records <paramref name="error"/> as the reason (if none yet) and returns null.</summary>
    public T? Fail<T>(string error)
        where T : class
    {
        Error ??= error;
        return null;
    }

    public void Report(FetchStage stage, string message, int done = 0, int total = 0) =>
        progress?.Report(new FetchProgress(target.Id, stage, message, done, total));
}
