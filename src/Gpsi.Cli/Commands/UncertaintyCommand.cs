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
        var factors = new Option<FileInfo?>("--factors") { Description = "The factors file (YAML), e.g. examples/asem-factors.yaml. Default: the recipe's own uncertainty section." };
        var n = new Option<int?>("--n") { Description = "Number of replications (default: the recipe's, else 1000)." };
        var seed = new Option<int?>("--seed") { Description = "Random seed, same seed same results (default: the recipe's, else 42)." };
        var yearOption = new Option<int?>("--year") { Description = "The year analysed (default: the recipe's latest edition year, else the panel's last)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The shared data folder." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder (replaced whole). Default: out/<recipe name>-ua." };
        var sa = new Option<bool>("--sa") { Description = "Also run a sensitivity analysis (N·(d + 2) replications) and write sa-indices.csv." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for the sensitivity indices' intervals (0: none).", DefaultValueFactory = _ => 1000 };
        var command = new Command("uncertainty", "Uncertainty analysis: rank statistics of every unit over N recipes drawn from the factors.")
        {
            recipe, example, factors, n, seed, yearOption, data, output, sa, bootstrap,
        };
        command.SetAction(parse => UsageException.Guard(console, () =>
        {
            var sensitivity = parse.GetValue(sa);
            var resamples = parse.GetValue(bootstrap);
            if (resamples < 0)
            {
                throw new UsageException($"--bootstrap: expected a whole number ≥ 0, found {resamples}");
            }

            var diagnostics = new List<Diagnostic>();
            var factorsFile = parse.GetValue(factors);
            var file = factorsFile is null ? null : FactorsReader.ReadFile(factorsFile.FullName, diagnostics);
            var input = factorsFile is not null && file is null
                ? null
                : AnalysisInput.Read(parse.GetValue(example), parse.GetValue(recipe), parse.GetValue(data), diagnostics);
            if (input is null)
            {
                return console.Report(diagnostics, "the input was rejected");
            }

            var nominal = input.Recipe;
            var stated = nominal.Uncertainty;
            if (file is null && stated is null)
            {
                throw new UsageException($"--factors: recipe '{nominal.Name}' states no uncertainty analysis, so give a factors file");
            }

            if (file?.Nominal.Normalise is { } normalise)
            {
                nominal = RecipeVariation.WithNormalisation(nominal, normalise);
            }

            if (file?.Nominal.Aggregate is { } aggregate)
            {
                nominal = RecipeVariation.WithAggregation(nominal, aggregate);
            }

            if (file is not null && !file.Check(nominal, diagnostics))
            {
                return console.Report(diagnostics, "the factors do not fit the recipe");
            }

            var drawn = file?.Factors ?? stated!.Factors;
            var replications = parse.GetValue(n) ?? (file is null ? stated!.Replications : 1000);
            var randomSeed = parse.GetValue(seed) ?? (file is null ? stated!.Seed : 42);
            if (replications < 1 || (sensitivity && replications < 2))
            {
                throw new UsageException($"--n: expected a whole number ≥ {(sensitivity ? 2 : 1)}, found {replications}");
            }

            if (sensitivity && drawn.IsEmpty)
            {
                throw new UsageException("--sa: the factors file lists no factors");
            }

            var year = parse.GetValue(yearOption) ?? input.DefaultYear;
            if (!input.Panel.Years.Contains(year))
            {
                throw new UsageException($"--year: {year} is not a year of the panel ({input.Panel.Years[0]}–{input.Panel.Years[^1]})");
            }

            // One model serves both analyses: compiled when it can be, full builds otherwise.
            var model = UncertaintyAnalysis.CreateModel(nominal, input.Panel, drawn, year, randomSeed, diagnostics);
            if (model is null)
            {
                return console.Report(diagnostics, "the analysis stopped: a drawn recipe does not build");
            }

            var analysis = UncertaintyAnalysis.Run(model, replications, randomSeed);
            if (!analysis.Succeeded)
            {
                return console.Report(analysis.Diagnostics, "the analysis stopped: a drawn recipe does not build");
            }

            SensitivityResult? indices = null;
            if (sensitivity)
            {
                indices = SensitivityAnalysis.Run(model, replications, randomSeed, resamples, null);
                if (!indices.Succeeded)
                {
                    return console.Report(indices.Diagnostics, "the sensitivity analysis stopped: a drawn recipe does not build");
                }
            }

            var statistics = analysis.Statistics;
            var hash = RecipeHash.Compute(nominal);
            var target = parse.GetValue(output)?.FullName ?? Path.Combine("out", nominal.Name + "-ua");
            AtomicDirectory.Write(target, UncertaintyFiles.Render(statistics, nominal.Name, hash, drawn, replications,
                randomSeed, indices, analysis.Scores));
            var saText = indices is null ? string.Empty : $" and a sensitivity analysis of {indices.Outputs.Length} replications";
            console.Out.WriteLine($"{replications} replications of {nominal.Name} ({hash}){saText}, {drawn.Length} factors ({year}, {(model is CompiledModel ? "compiled model" : "full builds")}): wrote {target}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
