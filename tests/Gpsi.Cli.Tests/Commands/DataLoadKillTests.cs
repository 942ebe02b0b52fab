using System.Diagnostics;
using Gpsi.Data.Store;
using Gpsi.Data.Tests.Store;
using Shouldly;
using Xunit;

namespace Gpsi.Cli.Tests.Commands;

/// <summary>
/// A load killed at any moment — before, during or after the write — leaves the store with the previous snapshot
/// current and whole, or the new one current and whole; never half of one. The load runs in a real child process
/// (the gpsi program) that is killed with SIGKILL, so no finally block or transaction rollback code runs in it.
/// </summary>
public sealed class DataLoadKillTests
{
    // Delays after the child announces the write; 0 kills at once, the longest lets some loads finish.
    private static readonly int[] KillDelaysMs = [0, 40, 120, 250, 500, 900, 1500];

    [Fact]
    public Task Load_KilledAtAnyPoint_Sqlite() =>
        KilledAtAnyPoint(folder => folder["kill.db"]);

    [PostgresFact]
    public async Task Load_KilledAtAnyPoint_Postgres()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        try
        {
            var connection = await database.NewSchemaAsync();
            await KilledAtAnyPoint(_ => connection);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task KilledAtAnyPoint(Func<TempFolder, string> storeFor)
    {
        using var folder = new TempFolder();
        var store = storeFor(folder);
        {
            // The previous snapshot: a small, valid folder.
            var small = DataFolders.Valid(folder);
            var first = CliRun.Of("data", "load", small, "--registry", CliRun.DataRoot, "--store", store);
            first.ExitCode.ShouldBe(0, first.Error);
            var (previousId, previousCount) = await CurrentAsync(store);

            var outcomes = new List<string>();
            foreach (var delay in KillDelaysMs)
            {
                using var child = StartLoad(store);
                await WaitForLineAsync(child, "Writing ");
                await Task.Delay(delay);
                var finished = child.HasExited;
                if (!finished)
                {
                    child.Kill(entireProcessTree: true);
                }

                await child.WaitForExitAsync();
                var (id, count) = await CurrentAsync(store);
                if (id == previousId)
                {
                    count.ShouldBe(previousCount, $"killed after {delay} ms: the previous snapshot lost rows");
                    outcomes.Add("previous");
                }
                else
                {
                    // The full load committed: it must be whole.
                    await using var s = await GpsiStore.OpenAsync(store, TimeProvider.System, default);
                    var snapshot = (await s.ListSnapshotsAsync(default)).Single(x => x.Id == id);
                    count.ShouldBe(snapshot.ObservationCount, $"killed after {delay} ms: the new snapshot is partial");
                    outcomes.Add(finished ? "finished" : "committed");
                    break; // from here on every load is "already loaded"; the interesting window is over
                }
            }

            outcomes.ShouldContain("previous", "no kill landed before the commit; the test did not test anything");
        }
    }

    private static async Task<(string Id, int Count)> CurrentAsync(string store)
    {
        await using var s = await GpsiStore.OpenAsync(store, TimeProvider.System, default);
        var current = await s.CurrentSnapshotAsync(default) ?? throw new InvalidOperationException("no current snapshot");
        var rows = await s.ReadObservationsAsync(current.Id, ObservationQuery.All, default);
        return (current.Id, rows.Count);
    }

    private static Process StartLoad(string store)
    {
        var gpsi = typeof(GpsiCli).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { gpsi, "data", "load", CliRun.DataRoot, "--store", store })
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start gpsi");
    }

    private static async Task WaitForLineAsync(Process child, string prefix)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException($"gpsi ended before writing: {await child.StandardError.ReadToEndAsync()}");
    }
}
