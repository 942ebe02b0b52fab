using System.CommandLine;
using System.Data.Common;
using System.Text;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Data;
using Gpsi.Data.Countries;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;
using Gpsi.Data.Sources;
using Gpsi.Data.Store;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi diff A B</c>: each country's rank and score change from edition A to edition B, split into the part due
/// to new data and the part due to a recipe change (by rebuilding A's data with B's recipe and B's data with A's).
/// </summary>
public static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var a = new Argument<string>("A") { Description = "The earlier edition: an edition id (2019, 2019-r2) or a year (its current edition)." };
        var b = new Argument<string>("B") { Description = "The later edition, likewise." };
        var store = StoreOption.Create();
        var data = new Option<DirectoryInfo?>("--data") { Description = $"The shared data folder (country registry). Default: ${DataDirectory.EnvironmentVariable}, else ../shared/data." };
        var recipe = new Option<FileInfo?>("--recipe") { Description = "A draft recipe to use instead of B's published one: what would this change do?" };
        var node = new Option<string?>("--node") { Description = "The node to compare (a dimension or indicator code). Default: the index." };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the full comparison to this CSV file." };
        var top = new Option<int?>("--top") { Description = "Show only the N largest movers (the CSV always has every country)." };
        var command = new Command("diff", "Compare two editions: each country's rank and score change, split into the part due to new data and the part due to a recipe change.")
        {
            a, b, store, data, recipe, node, output, top,
        };
        command.SetAction((parse, cancel) => UsageException.GuardAsync(console, () => RunAsync(console,
            new Request(parse.GetValue(a)!, parse.GetValue(b)!, parse.GetValue(store), parse.GetValue(data),
                parse.GetValue(recipe), parse.GetValue(node), parse.GetValue(output), parse.GetValue(top)), cancel)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, Request request, CancellationToken cancel)
    {
        if (request.Top is < 1)
        {
            throw new UsageException($"--top: expected a whole number ≥ 1, found {request.Top}");
        }

        var diagnostics = new List<Diagnostic>();
        var settings = Settings(request, diagnostics);
        if (settings is null)
        {
            return console.Report(diagnostics, "the input was rejected");
        }

        var address = StoreOption.Resolve(request.Store);
        EditionComparison? comparison;
        try
        {
            var gpsiStore = await GpsiStore.OpenAsync(address, TimeProvider.System, cancel).ConfigureAwait(false);
            await using (gpsiStore.ConfigureAwait(false))
            {
                comparison = await EditionDiff.CompareAsync(gpsiStore, request.A, request.B, settings, diagnostics, cancel)
                    .ConfigureAwait(false);
            }
        }
        catch (DbException e)
        {
            console.Error.WriteLine($"gpsi: cannot open the store {StoreOption.Describe(address)}: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        if (comparison is null)
        {
            return console.Report(diagnostics, "the editions could not be compared");
        }

        DiffText.Print(console, comparison, request.Top);
        if (request.Out is { } file)
        {
            WriteAtomically(file.FullName, EditionDiffCsv.Render(comparison));
            console.Out.WriteLine($"wrote {file.FullName}");
        }

        console.Report(diagnostics.Where(d => d.Severity == Severity.Warning), string.Empty);
        return ExitCodes.Success;
    }

    private static DiffSettings? Settings(Request request, List<Diagnostic> diagnostics)
    {
        if (DataDirectory.Require(request.Data?.FullName, diagnostics) is not { } root)
        {
            return null;
        }

        Recipe? draft = null;
        var catalogue = SourceCatalogue.Default;
        if (request.Recipe is { } file)
        {
            var read = RecipeReader.ReadFile(file.FullName);
            diagnostics.AddRange(read.Diagnostics);
            draft = read.Recipe;
            if (draft?.Data?.Catalogue is { } name && name != "default")
            {
                catalogue = SourceCatalogue.Read(Path.GetFullPath(Path.Combine(file.DirectoryName ?? ".", name)), diagnostics);
            }

            if (draft is null || catalogue is null)
            {
                return null;
            }
        }

        var registry = CountryRegistry.Load(root, diagnostics);
        return registry is null ? null : new DiffSettings(registry, catalogue, draft, request.Node);
    }

    /// <summary>Writes beside the target, then renames over it: the file is whole or untouched.</summary>
    private static void WriteAtomically(string path, string text)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    private sealed record Request(string A, string B, string? Store, DirectoryInfo? Data, FileInfo? Recipe,
        string? Node, FileInfo? Out, int? Top);
}
