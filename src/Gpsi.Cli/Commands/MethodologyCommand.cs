using System.CommandLine;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Data;
using Gpsi.Data.Recipes;
using Gpsi.Reports.Methodology;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi methodology</c>: writes the methodology document (Markdown) generated from a recipe: the text of
/// <c>docs/methodology.md</c> for the GPSI recipe.
/// </summary>
public static class MethodologyCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var recipe = new Option<FileInfo?>("--recipe") { Description = $"The recipe file. Default: recipes/gpsi-v1.yaml found from the repository root." };
        var output = new Option<FileInfo?>("--out") { Description = "The Markdown file to write. Default: standard output." };
        var command = new Command("methodology", "Write the methodology document (Markdown) generated from the recipe, with its hash.")
        {
            recipe, output,
        };
        command.SetAction(parse => UsageException.Guard(console, () => Run(console, parse.GetValue(recipe), parse.GetValue(output))));
        return command;
    }

    private static int Run(CliConsole console, FileInfo? recipeFile, FileInfo? outFile)
    {
        var path = recipeFile?.FullName ?? RecipeDirectory.Find();
        if (path is null)
        {
            return console.Report(
                [Diagnostic.Error("recipe.not-found", "The GPSI recipe was not found.", new SourceLocation("recipes/gpsi-v1.yaml"), null,
                    "--recipe FILE, or a recipes/gpsi-v1.yaml in the working folder or a parent")],
                "no recipe");
        }

        var read = RecipeReader.ReadFile(path);
        if (read.Recipe is not { } recipe)
        {
            return console.Report(read.Diagnostics, "the recipe was rejected");
        }

        var text = MethodologyDocument.Markdown(recipe, RecipeHash.Compute(recipe), null);
        if (outFile is null)
        {
            console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(outFile.FullName, text);
            console.Error.WriteLine($"Wrote {outFile.FullName}");
        }

        return ExitCodes.Success;
    }
}
