using Gpsi.Data.Fetch;

namespace Gpsi.Data.Tests.Fetch;

/// <summary>
/// One fetch test: the fake services, a temporary output folder, the embedded plan limited to the three fixture
/// targets, short retry delays, and the fixed clock (snapshot 2026-11-22).
/// </summary>
internal sealed class FetchBed : IDisposable
{
    public static readonly string[] FixtureTargets = ["wb-homicide", "who-road-deaths", "owid-homicide"];

    public FetchBed() => Directory.CreateDirectory(Out);

    public FakeApis Apis { get; } = new();

    public string Out { get; } = Path.Combine(Path.GetTempPath(), "gpsi-fetch-" + Guid.NewGuid().ToString("N"));

    public string Snapshot => Path.Combine(Out, "snapshots", "2026-11-22");

    public FetchOptions Options => new()
    {
        OutputDirectory = Out,
        Only = FixtureTargets,
        Endpoints = Apis.Endpoints,
        Retries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(10),
        WorldBankPageSize = 6,
    };

    public string File(string name) => Path.Combine(Snapshot, name);

    public async Task<(FetchReport Report, ProgressLog Progress)> RunAsync(FetchOptions? options = null)
    {
        var progress = new ProgressLog();
        using var fetcher = new SnapshotFetcher(FetchPlan.Default, options ?? Options, FixedClock.Default);
        var report = await fetcher.RunAsync(progress, CancellationToken.None);
        return (report, progress);
    }

    public void Dispose()
    {
        Apis.Dispose();
        if (Directory.Exists(Out))
        {
            Directory.Delete(Out, recursive: true);
        }
    }
}
