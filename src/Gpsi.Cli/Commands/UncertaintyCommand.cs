using System.CommandLine;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;
using Gpsi.Data;
using Gpsi.Data.Coinr;
using Gpsi.Data.Editions;
using Gpsi.Data.Output;
using Gpsi.Data.Panels;
using Gpsi.Data.Recipes;
using Gpsi.Data.Uncertainty;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi uncertainty</c>: an uncertainty analysis of a recipe over its data: N recipes drawn from the factors file,
/// each built, and every unit's index rank statistics written to <c>ua-ranks.csv</c> with a summary. With <c>--sa</c>,
/// also a variance-based sensitivity analysis (N·(d + 2) replications of a Saltelli design) whose first-order and total
/// indices per factor go to <c>sa-indices.csv</c> and the summary.
/// </summary>
public static class UncertaintyCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var recipe = new Option<FileInfo?>("--recipe") { Description = $"The recipe (default recipes/{RecipeDirectory.DefaultRecipe})." };
        var example = new Option<string?>("--example") { Description = "Analyse a bundled example instead: asem." };
        var factors = new Option<FileInfo>("--factors") { Description = "The factors file (YAML), e.g. examples/asem-factors.yaml.", Required = true };
        var n = new Option<int>("--n") { Description = "Number of replications.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same results).", DefaultValueFactory = _ => 42 };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The shared data folder." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder (replaced whole). Default: out/<recipe name>-ua." };
        var sa = new Option<bool>("--sa") { Description = "Also run a sensitivity analysis (N·(d + 2) replications) and write sa-indices.csv." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for the sensitivity indices' intervals (0: none).", DefaultValueFactory = _ => 1000 };
        var command = new Command("uncertainty", "Uncertainty analysis: rank statistics of every unit over N recipes drawn from the factors.")
        {
            recipe, example, factors, n, seed, data, output, sa, bootstrap,
        };
        command.SetAction(parse => UsageException.Guard(console, () =>
        {
            var replications = parse.GetValue(n);
            if (replications < 1)
            {
                throw new UsageException($"--n: expected a whole number ≥ 1, found {replications}");
            }

            var sensitivity = parse.GetValue(sa);
            var resamples = parse.GetValue(bootstrap);
            if (sensitivity && replications < 2)
            {
                throw new UsageException($"--n: a sensitivity analysis needs N ≥ 2, found {replications}");
            }

            if (resamples < 0)
            {
                throw new UsageException($"--bootstrap: expected a whole number ≥ 0, found {resamples}");
            }

            var diagnostics = new List<Diagnostic>();
            var file = FactorsReader.ReadFile(parse.GetRequiredValue(factors).FullName, diagnostics);
            var input = file is null ? null : Input(parse.GetValue(example), parse.GetValue(recipe), parse.GetValue(data), diagnostics);
            if (file is null || input is null)
            {
                return console.Report(diagnostics, "the input was rejected");
            }

            var nominal = input.Value.Recipe;
            if (file.Nominal.Normalise is { } normalise)
            {
                nominal = RecipeVariation.WithNormalisation(nominal, normalise);
            }

            if (file.Nominal.Aggregate is { } aggregate)
            {
                nominal = RecipeVariation.WithAggregation(nominal, aggregate);
            }

            if (!file.Check(nominal, diagnostics))
            {
                return console.Report(diagnostics, "the factors do not fit the recipe");
            }

            // Stopgap until the UA runs on a ReplicationModel (helper A): the serial UncertaintyAnalysis knows only the first three kinds.
            if (file.Factors.FirstOrDefault(f => f is not (Factor.NormalisationChoice or Factor.AggregationChoice or Factor.WeightNoise)) is { } unsupported)
            {
                throw new UsageException($"factor '{unsupported.Name}': the uncertainty analysis does not take imputation, winsorisation or exclusion factors yet");
            }

            var year = nominal.Years.IsDefaultOrEmpty ? input.Value.Panel.Years[^1] : nominal.Years.Max();
            var analysis = UncertaintyAnalysis.Run(nominal, input.Value.Panel, file.Factors, replications, parse.GetValue(seed), year);
            if (!analysis.Succeeded)
            {
                return console.Report(analysis.Diagnostics, "the analysis stopped: a drawn recipe does not build");
            }

            SensitivityResult? indices = null;
            if (sensitivity)
            {
                if (file.Factors.IsEmpty)
                {
                    throw new UsageException("--sa: the factors file lists no factors");
                }

                var model = BuilderModel.Create(nominal, input.Value.Panel, file.Factors, year, parse.GetValue(seed), diagnostics);
                indices = model is null ? null : SensitivityAnalysis.Run(model, replications, parse.GetValue(seed), resamples, null);
                if (indices is null || !indices.Succeeded)
                {
                    return console.Report(indices?.Diagnostics ?? [.. diagnostics], "the sensitivity analysis stopped: a drawn recipe does not build");
                }
            }

            var statistics = analysis.Statistics;
            var hash = RecipeHash.Compute(nominal);
            var target = parse.GetValue(output)?.FullName ?? Path.Combine("out", nominal.Name + "-ua");
            AtomicDirectory.Write(target, UncertaintyFiles.Render(statistics, nominal.Name, hash, file.Factors, replications,
                parse.GetValue(seed), indices));
            var saText = indices is null ? string.Empty : $" and a sensitivity analysis of {indices.Outputs.Length} replications";
            console.Out.WriteLine($"{replications} replications of {nominal.Name} ({hash}){saText}, {file.Factors.Length} factors: wrote {target}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static (Recipe Recipe, Panel Panel)? Input(string? example, FileInfo? recipeFile, DirectoryInfo? dataDir,
        List<Diagnostic> diagnostics)
    {
        if (DataDirectory.Require(dataDir?.FullName, diagnostics) is not { } root)
        {
            return null;
        }

        if (example is not null)
        {
            if (example != "asem")
            {
                throw new UsageException($"--example: expected asem, found '{example}'");
            }

            var import = CoinrImporter.Import(Path.Combine(root, "coinr-asem", "iData.csv"),
                Path.Combine(root, "coinr-asem", "iMeta.csv"), "asem", diagnostics);
            return import is null ? null : (import.Recipe, import.Panel);
        }

        var path = recipeFile?.FullName ?? RecipeDirectory.Find()
            ?? throw new UsageException("no recipe: give --recipe FILE or --example asem");
        var read = RecipeReader.ReadFile(path);
        diagnostics.AddRange(read.Diagnostics);
        if (read.Recipe is not { } recipe)
        {
            return null;
        }

        if (recipe.Data is { Catalogue: not null })
        {
            var inputs = IndexInputs.Read(recipe, Path.GetDirectoryName(path) ?? ".", root, diagnostics);
            if (inputs is null)
            {
                return null;
            }

            return IndexRunner.Prepare(recipe, inputs.Load.Observations, inputs.Registry, diagnostics) is { } prepared
                ? (recipe, prepared.Panel)
                : null;
        }

        if (recipe.Data is not { } source)
        {
            diagnostics.Add(Diagnostic.Error("recipe.no-data", "The recipe does not say where its data is.",
                new SourceLocation(path, Field: "data"), null, "a 'data' section"));
            return null;
        }

        var panel = PanelReader.Read(source, Path.GetDirectoryName(path) ?? ".", recipe.Variables, diagnostics);
        return panel is null ? null : (recipe, panel);
    }
}
