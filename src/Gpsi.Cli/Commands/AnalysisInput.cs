using Gpsi.Core.Audit;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Data;
using Gpsi.Data.Coinr;
using Gpsi.Data.Editions;
using Gpsi.Data.Output;
using Gpsi.Data.Panels;
using Gpsi.Data.Recipes;

namespace Gpsi.Cli.Commands;

/// <summary>
/// What <c>gpsi audit</c>, <c>gpsi uncertainty</c> and the report's audit page analyse: a recipe, its panel and the
/// data snapshot id, read the way <c>gpsi build</c> reads them; and the audit itself (statistics, correlations, α,
/// PCA, leave-one-out).
/// </summary>
internal sealed record AnalysisInput(Recipe Recipe, Panel Panel, string SnapshotId)
{
    /// <summary>The ASEM example (<paramref name="example"/> = asem) or a recipe file (default the GPSI); null with
    /// errors in <paramref name="diagnostics"/>.</summary>
    public static AnalysisInput? Read(string? example, FileInfo? recipeFile, DirectoryInfo? dataDir, List<Diagnostic> diagnostics)
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

            var iData = Path.Combine(root, "coinr-asem", "iData.csv");
            var iMeta = Path.Combine(root, "coinr-asem", "iMeta.csv");
            var import = CoinrImporter.Import(iData, iMeta, "asem", diagnostics);
            return import is null ? null : new AnalysisInput(import.Recipe, import.Panel, SnapshotHash.Compute([iData, iMeta]));
        }

        var path = recipeFile?.FullName ?? RecipeDirectory.Find()
            ?? throw new UsageException($"recipes/{RecipeDirectory.DefaultRecipe} was not found above the current folder; give --recipe FILE or --example asem");
        var read = RecipeReader.ReadFile(path);
        diagnostics.AddRange(read.Diagnostics);
        if (read.Recipe is not { } recipe)
        {
            return null;
        }

        var directory = Path.GetDirectoryName(path) ?? ".";
        if (recipe.Data is { Catalogue: not null })
        {
            var inputs = IndexInputs.Read(recipe, directory, root, diagnostics);
            return inputs is not null && IndexRunner.Prepare(recipe, inputs.Load.Observations, inputs.Registry, diagnostics) is { } prepared
                ? new AnalysisInput(recipe, prepared.Panel, inputs.Load.SnapshotId)
                : null;
        }

        if (recipe.Data is not { } source)
        {
            diagnostics.Add(Diagnostic.Error("recipe.no-data", "The recipe does not say where its data is.",
                new SourceLocation(path, Field: "data"), null, "a 'data' section"));
            return null;
        }

        var panel = PanelReader.Read(source, directory, recipe.Variables, diagnostics);
        return panel is null ? null : new AnalysisInput(recipe, panel, SnapshotHash.Compute([Path.Combine(directory, source.File ?? string.Empty)]));
    }

    /// <summary>The year audited by default: the recipe's latest edition year, else the panel's last year.</summary>
    public int DefaultYear => Recipe.Years.IsDefaultOrEmpty ? Panel.Years[^1] : Recipe.Years.Max();

    /// <summary>
    /// Builds the recipe and audits <paramref name="year"/>, describing the indicators in <paramref name="dataSet"/>
    /// (default <see cref="IndexAudit.StatisticsDataSet"/>); null with the build's errors when it does not build.
    /// </summary>
    /// <exception cref="UsageException">The year is not in the panel, or the build has no such data set.</exception>
    public IndexAudit? Run(int year, string? dataSet, List<Diagnostic> diagnostics)
    {
        if (!Panel.Years.Contains(year))
        {
            throw new UsageException($"--year: expected a year of the data ({Panel.Years[0]}–{Panel.Years[^1]}), found {year}");
        }

        var build = Builder.Run(Recipe, Panel);
        diagnostics.AddRange(build.Diagnostics);
        if (!build.Succeeded || build.Scores is null)
        {
            return null;
        }

        var described = dataSet ?? IndexAudit.StatisticsDataSet(build);
        if (build.Find(described) is null)
        {
            throw new UsageException($"--dataset: expected one of {string.Join(", ", build.DataSets.Select(d => d.Name))}, found '{described}'");
        }

        return IndexAudit.Run(build, year, new AuditOptions { StatisticsDataSet = described });
    }
}
