using System.Data.Common;
using System.Diagnostics;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Data;
using Gpsi.Data.Editions;
using Gpsi.Data.Output;
using Gpsi.Data.Recipes;
using Gpsi.Data.Store;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi build</c> for a catalogue-based recipe (the GPSI, the default): loads the recipe's sources from the data
/// folder, builds every edition year, writes the output folder, and publishes the editions to the store.
/// </summary>
internal static class IndexBuild
{
    public static async Task<int> RunAsync(CliConsole console, TimeProvider time, RecipeReadResult read, string recipePath,
        DirectoryInfo? dataDir, DirectoryInfo? outDir, string? storeOption, CancellationToken cancel)
    {
        var recipe = read.Recipe!;
        var progress = new IndexRunProgress(console);
        var diagnostics = new List<Diagnostic>();
        if (DataDirectory.Require(dataDir?.FullName, diagnostics) is not { } root)
        {
            return console.Report(diagnostics, "the input was rejected");
        }

        var clock = Stopwatch.StartNew();
        progress.Stage($"loading the sources of {recipe.Name} from {root}");
        var inputs = IndexInputs.Read(recipe, Path.GetDirectoryName(recipePath) ?? ".", root, diagnostics);
        if (inputs is null)
        {
            return console.Report(diagnostics.Select(read.Locate), "the input was rejected (strict mode)");
        }

        var loaded = clock.Elapsed;
        progress.Stage($"building {recipe.Years.Length} editions ({recipe.Years.Min()}–{recipe.Years.Max()}) from {inputs.Load.Observations.Count:N0} observations");
        var run = IndexRunner.Run(recipe, inputs.Load.Observations, inputs.Load.SnapshotId, inputs.Registry,
            inputs.Catalogue, diagnostics);
        if (run is null)
        {
            return console.Report(diagnostics.Select(read.Locate), "the build failed");
        }

        var built = clock.Elapsed - loaded;
        progress.Stage("writing the output folder");
        var target = outDir?.FullName ?? Path.Combine("out", recipe.Name);
        var files = IndexRunFiles.Render(run);
        AtomicDirectory.Write(target, files);
        var written = clock.Elapsed - loaded - built;

        var address = StoreOption.Resolve(storeOption);
        progress.Stage($"publishing to {StoreOption.Describe(address)}");
        IReadOnlyList<PublishOutcome> published;
        try
        {
            var store = await GpsiStore.OpenAsync(address, time, cancel).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                await store.UpsertSourcesAsync(inputs.Catalogue.Sources, cancel).ConfigureAwait(false);
                published = await EditionPublisher.PublishAsync(store, run, inputs.Load.Observations, time, cancel)
                    .ConfigureAwait(false);
            }
        }
        catch (DbException e)
        {
            console.Error.WriteLine($"gpsi: cannot publish to the store {StoreOption.Describe(address)}: {e.Message}");
            console.Error.WriteLine($"gpsi: the output folder {target} was written.");
            return ExitCodes.InvalidInput;
        }

        var publishing = clock.Elapsed - loaded - built - written;
        progress.Done();
        IndexRunSummary.Print(console, run, target, [.. published.Select(p => p.Published ? p.EditionId : p.EditionId + " (unchanged)")]);
        console.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"time: load {loaded.TotalSeconds:F1} s, build {built.TotalSeconds:F2} s, write {written.TotalSeconds:F1} s, publish {publishing.TotalSeconds:F1} s, total {clock.Elapsed.TotalSeconds:F1} s"));
        console.Report(diagnostics.Where(d => d.Severity == Severity.Warning).Select(read.Locate), string.Empty);
        return ExitCodes.Success;
    }
}
