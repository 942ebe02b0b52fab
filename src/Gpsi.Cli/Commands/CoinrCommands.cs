using System.CommandLine;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Coinr;
using Gpsi.Data.Output;
using Gpsi.Data.Panels;
using Gpsi.Data.Recipes;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi import coinr</c> and <c>gpsi export coinr</c>: move an index between COINr's iData/iMeta tables and a
/// GPSI recipe with its data. Importing and exporting again gives the same tables byte for byte.
/// </summary>
public static class CoinrCommands
{
    /// <summary>The <c>import</c> command with its <c>coinr</c> subcommand.</summary>
    public static Command Import(CliConsole console)
    {
        var data = new Option<FileInfo>("--data") { Description = "COINr iData CSV.", Required = true };
        var meta = new Option<FileInfo>("--meta") { Description = "COINr iMeta CSV.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write recipe.yaml and data.csv into (replaced whole).", Required = true };
        var name = new Option<string?>("--name") { Description = "The recipe's name. Default: the output folder's name." };
        var year = new Option<int?>("--year") { Description = "The year of every row, when iData has no Time column." };
        var coinr = new Command("coinr", "Turn COINr iData/iMeta tables into a recipe and data that build as COINr's default (directions, minmax 0-100, weighted arithmetic mean).")
        {
            data, meta, output, name, year,
        };
        coinr.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!;
            var diagnostics = new List<Diagnostic>();
            var import = CoinrImporter.Import(parse.GetValue(data)!.FullName, parse.GetValue(meta)!.FullName,
                parse.GetValue(name) ?? outDir.Name, diagnostics, parse.GetValue(year));
            if (import is null)
            {
                return console.Report(diagnostics, "the COINr tables were rejected");
            }

            AtomicDirectory.Write(outDir.FullName,
            [
                new KeyValuePair<string, string>("recipe.yaml", RecipeWriter.ToYaml(import.Recipe)),
                new KeyValuePair<string, string>(CoinrImporter.DataFileName, CoinrExporter.IData(import.Recipe, import.Panel)),
            ]);
            console.Out.WriteLine($"imported {import.Recipe.Nodes.Length} nodes and {import.Panel.Units.Length} units " +
                $"into {outDir.FullName}: recipe.yaml, {CoinrImporter.DataFileName}");
            return console.Report(diagnostics, string.Empty);
        });
        return new Command("import", "Import an index from another tool.") { coinr };
    }

    /// <summary>The <c>export</c> command with its <c>coinr</c> subcommand.</summary>
    public static Command Export(CliConsole console)
    {
        var recipe = new Option<FileInfo>("--recipe") { Description = "The recipe file.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write iData.csv and iMeta.csv into (replaced whole).", Required = true };
        var coinr = new Command("coinr", "Write a recipe and its data as COINr iData/iMeta tables.") { recipe, output };
        coinr.SetAction(parse =>
        {
            var diagnostics = new List<Diagnostic>();
            var file = parse.GetValue(recipe)!;
            var read = RecipeReader.ReadFile(file.FullName);
            diagnostics.AddRange(read.Diagnostics);
            if (read.Recipe is not { Data: { } source } r)
            {
                if (read.Recipe is not null)
                {
                    diagnostics.Add(Diagnostic.Error("recipe.no-data", "The recipe does not say where its data is.",
                        new SourceLocation(file.FullName, Field: "data"), null, "a 'data' section with a 'file'"));
                }

                return console.Report(diagnostics, "the recipe was rejected");
            }

            var panel = PanelReader.Read(source, file.DirectoryName ?? ".", r.Variables, diagnostics);
            if (panel is null)
            {
                return console.Report(diagnostics, "the data was rejected");
            }

            var outDir = parse.GetValue(output)!;
            AtomicDirectory.Write(outDir.FullName,
            [
                new KeyValuePair<string, string>("iData.csv", CoinrExporter.IData(r, panel)),
                new KeyValuePair<string, string>("iMeta.csv", CoinrExporter.IMeta(r)),
            ]);
            console.Out.WriteLine($"exported '{r.Name}' to {outDir.FullName}: iData.csv, iMeta.csv");
            return ExitCodes.Success;
        });
        return new Command("export", "Export an index for another tool.") { coinr };
    }
}
