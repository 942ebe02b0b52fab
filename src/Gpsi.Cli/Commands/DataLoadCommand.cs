using System.CommandLine;
using System.Data.Common;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Store;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi data load [DIR]</c>: validates a data folder through the catalogue and, only when it passes, stores its
/// sources and observations (with provenance) as a new immutable data snapshot, in one transaction.
/// </summary>
public static class DataLoadCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var options = DataOptions.Create();
        var store = StoreOption.Create();
        var command = new Command("load", "Validate a data folder and store its observations with provenance as a new data snapshot (SQLite gpsi.db by default).");
        options.AddTo(command);
        command.Add(store);
        command.SetAction((parse, cancel) => UsageException.GuardAsync(console, () =>
            RunAsync(console, time, options.Read(parse), parse.GetValue(store), cancel)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, TimeProvider time, DataOptions.Values values,
        string? connection, CancellationToken cancel)
    {
        var diagnostics = new List<Diagnostic>();
        var loaded = DataInputs.Load(values.Folder, values.Catalogue, values.Registry, values.Mode, diagnostics);
        if (loaded is null)
        {
            return console.Report(diagnostics, "the data could not be loaded");
        }

        var load = loaded.Load;
        if (load.Rejected)
        {
            return console.Report(load.Diagnostics, "the load was rejected (strict mode)");
        }

        console.Report(load.Diagnostics.Where(d => d.Severity != Severity.Info), string.Empty);
        var target = StoreOption.Resolve(connection);
        IGpsiStore gpsiStore;
        try
        {
            gpsiStore = await GpsiStore.OpenAsync(target, time, cancel).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            // A store that cannot be reached or opened is an input problem for the person running the command.
            console.Error.WriteLine($"gpsi: cannot open the store {StoreOption.Describe(target)}: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        await using (gpsiStore.ConfigureAwait(false))
        {
            await gpsiStore.UpsertSourcesAsync(loaded.Catalogue.Sources, cancel).ConfigureAwait(false);
            console.Out.WriteLine($"Writing {load.Observations.Count:N0} observations to {StoreOption.Describe(target)} …");
            await console.Out.FlushAsync(cancel).ConfigureAwait(false);
            var label = $"{loaded.Root} ({loaded.CatalogueName}, {load.Mode.ToString().ToLowerInvariant()})";
            await gpsiStore.LoadSnapshotAsync(load.SnapshotId, label, load.Observations, null, cancel).ConfigureAwait(false);
        }

        var rejected = load.Sources.Sum(s => s.Rejected);
        console.Out.WriteLine($"Stored snapshot {load.SnapshotId}: {load.Observations.Count:N0} observations from {load.Sources.Count} sources"
            + (rejected > 0 ? $"; {rejected:N0} rejected values reported above." : "."));
        return ExitCodes.Success;
    }
}
