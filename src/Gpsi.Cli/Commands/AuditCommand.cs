using System.CommandLine;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Data.Output;
using Gpsi.Data;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi audit</c>: the statistical audit of a recipe in one year — indicator statistics, correlations within and
/// across levels with weak or negative links to the parent flagged, Cronbach's α and PCA per aggregate, and each
/// indicator's leave-one-out effect on the index ranks — written to an output folder and summarised on the console.
/// </summary>
public static class AuditCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var recipe = new Option<FileInfo?>("--recipe") { Description = $"The recipe (default recipes/{RecipeDirectory.DefaultRecipe}, the GPSI)." };
        var example = new Option<string?>("--example") { Description = "Audit a bundled example instead: asem." };
        var year = new Option<int?>("--year") { Description = "The year audited. Default: the recipe's latest edition year (else the data's last year)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The shared data folder." };
        var dataSet = new Option<string?>("--dataset") { Description = "The data set the indicator statistics describe (Raw, Imputed, Screened …). Default: the one outlier treatment starts from." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder (replaced whole). Default: out/<recipe name>-audit." };
        var command = new Command("audit", "Statistical audit: indicator statistics, correlations, Cronbach's alpha, PCA and leave-one-out rank effects.")
        {
            recipe, example, year, data, dataSet, output,
        };
        command.SetAction(parse => UsageException.Guard(console, () =>
        {
            var diagnostics = new List<Diagnostic>();
            if (AnalysisInput.Read(parse.GetValue(example), parse.GetValue(recipe), parse.GetValue(data), diagnostics) is not { } input)
            {
                return console.Report(diagnostics, "the input was rejected");
            }

            var audited = parse.GetValue(year) ?? input.DefaultYear;
            if (input.Run(audited, parse.GetValue(dataSet), diagnostics) is not { } result)
            {
                return console.Report(diagnostics, "the build failed; nothing was written");
            }

            var hash = RecipeHash.Compute(input.Recipe);
            var target = parse.GetValue(output)?.FullName ?? Path.Combine("out", input.Recipe.Name + "-audit");
            AtomicDirectory.Write(target, AuditFiles.Render(result.Report, result.LeaveOneOut, input.Recipe.Name, hash, input.SnapshotId));
            console.Out.Write(AuditFiles.Summary(result.Report, result.LeaveOneOut, input.Recipe.Name, hash, input.SnapshotId, brief: true));
            console.Out.WriteLine($"wrote {target}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
