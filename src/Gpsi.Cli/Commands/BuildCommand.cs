using System.CommandLine;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Data;
using Gpsi.Data.Coinr;
using Gpsi.Data.Output;
using Gpsi.Data.Panels;
using Gpsi.Data.Recipes;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi build</c>: builds a recipe over its data and writes the results. Without <c>--recipe</c> it runs the main
/// job: the GPSI (<c>recipes/gpsi-v1.yaml</c>) over the shared data, every edition year, published to the store.
/// <c>--example asem</c> builds the COINr ASEM example instead.
/// </summary>
public static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var recipe = new Option<FileInfo?>("--recipe") { Description = $"The recipe file (YAML or JSON). Default: recipes/{RecipeDirectory.DefaultRecipe}, the GPSI." };
        var example = new Option<string?>("--example") { Description = "Build a bundled example instead of a recipe: asem (the COINr ASEM index from the data folder)." };
        var store = StoreOption.Create();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder (replaced whole). Default: out/<recipe name>." };
        var data = new Option<DirectoryInfo?>("--data") { Description = $"The shared data folder. Default: ${DataDirectory.EnvironmentVariable}, else ../shared/data." };
        var denominate = new Option<bool>("--denominate") { Description = "Add a denominate step (divide indicators by their denominators)." };
        var screen = new Option<double?>("--screen") { Description = "Screen out units whose data availability is below this share, e.g. 0.66." };
        var impute = new Option<string?>("--impute") { Description = "Imputation: mean | median | mean-by:GROUP | median-by:GROUP | row[:LEVEL] | latest:K | linear[:extend]." };
        var treat = new Option<string?>("--treat") { Description = "Outlier treatment: default[:LIMIT] (COINr's winsorise/log rule) | none." };
        var normalise = new Option<string?>("--normalise") { Description = "Normalisation: minmax[:L,U] | zscore[:M,S] | rank | borda | prank | goalposts[:SCALE] | dist2max | fracmax | dist2targ | none." };
        var reference = new Option<string?>("--reference") { Description = "Normalisation reference: per-year | pooled." };
        var weights = new Option<string?>("--weights") { Description = "Weights: manual | equal | pca | pca:raw." };
        var aggregate = new Option<string?>("--aggregate") { Description = "Aggregation at every level: amean | gmean[:SHIFT] | hmean | genmean:P | median | copeland." };
        var command = new Command("build", "Build the GPSI editions (or another recipe), write the output folder and publish the editions to the store.")
        {
            recipe, example, output, data, store, denominate, screen, impute, treat, normalise, reference, weights, aggregate,
        };
        command.SetAction((parse, cancel) =>
        {
            NormalisationReference? referenceValue = parse.GetValue(reference) switch
            {
                null => null,
                "per-year" => NormalisationReference.PerYear,
                "pooled" => NormalisationReference.Pooled,
                var other => throw new UsageException($"--reference: expected per-year or pooled, found '{other}'"),
            };
            var overrides = new RecipeOverrides
            {
                Denominate = parse.GetValue(denominate),
                Screen = parse.GetValue(screen),
                Impute = parse.GetValue(impute),
                Treat = parse.GetValue(treat),
                Normalise = parse.GetValue(normalise),
                Reference = referenceValue,
                Weights = parse.GetValue(weights),
                Aggregate = parse.GetValue(aggregate),
            };
            return UsageException.GuardAsync(console, async () =>
            {
                var exampleName = parse.GetValue(example);
                if (exampleName is not null && exampleName != "asem")
                {
                    throw new UsageException($"--example: expected asem, found '{exampleName}'");
                }

                if (exampleName is null)
                {
                    var path = parse.GetValue(recipe)?.FullName ?? RecipeDirectory.Find()
                        ?? throw new UsageException($"recipes/{RecipeDirectory.DefaultRecipe} was not found above the current folder; give --recipe FILE");
                    var read = RecipeReader.ReadFile(path);
                    if (read.Recipe is { Data.Catalogue: not null })
                    {
                        if (!overrides.IsEmpty)
                        {
                            throw new UsageException("method overrides (--normalise, --aggregate …) apply to file-based recipes; edit a copy of the recipe instead");
                        }

                        return await IndexBuild.RunAsync(console, time, read, path, parse.GetValue(data),
                            parse.GetValue(output), parse.GetValue(store), cancel).ConfigureAwait(false);
                    }
                }

                return Run(console, exampleName is null ? parse.GetValue(recipe) ?? new FileInfo(RecipeDirectory.Find()!) : null,
                    parse.GetValue(output), parse.GetValue(data), overrides);
            });
        });
        return command;
    }

    private static int Run(CliConsole console, FileInfo? recipeFile, DirectoryInfo? outDir, DirectoryInfo? dataDir,
        RecipeOverrides overrides)
    {
        var diagnostics = new List<Diagnostic>();
        var input = recipeFile is null
            ? LoadAsemExample(dataDir, diagnostics)
            : LoadRecipe(recipeFile, diagnostics);
        if (input is null)
        {
            return console.Report(diagnostics, "the input was rejected");
        }

        var recipe = overrides.Apply(input.Recipe, out var error);
        if (recipe is null)
        {
            console.Error.WriteLine($"gpsi: {error}");
            return ExitCodes.Usage;
        }

        var build = Builder.Run(recipe, input.Panel);
        if (!build.Succeeded)
        {
            // Point the build's field-level diagnostics at recipe lines (step positions hold only without overrides).
            var located = input.Source is { } source && overrides.IsEmpty
                ? build.Diagnostics.Select(source.Locate)
                : build.Diagnostics;
            return console.Report(located, "the build failed");
        }

        var hash = RecipeHash.Compute(recipe);
        var files = BuildOutput.Render(build, hash, input.DataHash);
        var target = outDir?.FullName ?? Path.Combine("out", recipe.Name);
        AtomicDirectory.Write(target, files);
        BuildSummary.Print(console, build, hash, target, files.Select(f => f.Key));
        console.Report(build.Diagnostics.Where(d => d.Severity == Severity.Warning), string.Empty);
        return ExitCodes.Success;
    }

    private static BuildInput? LoadRecipe(FileInfo file, List<Diagnostic> diagnostics)
    {
        var read = RecipeReader.ReadFile(file.FullName);
        diagnostics.AddRange(read.Diagnostics);
        if (read.Recipe is not { } recipe)
        {
            return null;
        }

        if (recipe.Data is not { } source)
        {
            diagnostics.Add(Diagnostic.Error("recipe.no-data", "The recipe does not say where its data is.",
                new SourceLocation(file.FullName, Field: "data"), null, "a 'data' section with a 'file'"));
            return null;
        }

        var directory = file.DirectoryName ?? ".";
        var panel = PanelReader.Read(source, directory, recipe.Variables, diagnostics);
        return panel is null
            ? null
            : new BuildInput(recipe, panel, SnapshotHash.Compute([Path.Combine(directory, source.File ?? string.Empty)])) { Source = read };
    }

    private static BuildInput? LoadAsemExample(DirectoryInfo? dataDir, List<Diagnostic> diagnostics)
    {
        if (DataDirectory.Require(dataDir?.FullName, diagnostics) is not { } root)
        {
            return null;
        }

        var iData = Path.Combine(root, "coinr-asem", "iData.csv");
        var iMeta = Path.Combine(root, "coinr-asem", "iMeta.csv");
        var import = CoinrImporter.Import(iData, iMeta, "asem", diagnostics);
        return import is null
            ? null
            : new BuildInput(import.Recipe, import.Panel, SnapshotHash.Compute([iData, iMeta]));
    }

    private sealed record BuildInput(Recipe Recipe, Panel Panel, string DataHash)
    {
        public RecipeReadResult? Source { get; init; }
    }
}
