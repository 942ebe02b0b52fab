using System.CommandLine;
using Gpsi.Core.Audit;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Data;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;
using Gpsi.Reports;
using Gpsi.Reports.Maps;
using Gpsi.Reports.Pdf;
using Gpsi.Reports.Texts;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi report</c>: builds the GPSI editions from the recipe and the shared data and writes the static HTML report
/// per language (<c>OUT/en/</c>, <c>OUT/zh-Hans/</c>, with the latest edition's audit page) and, with <c>--pdf</c>, the annual report and the country
/// profiles as PDF (<c>OUT/pdf/gpsi-YEAR-LANG.pdf</c>, <c>OUT/pdf/gpsi-YEAR-profiles-LANG.pdf</c>) through headless Chromium.
/// </summary>
public static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var recipe = new Option<FileInfo?>("--recipe") { Description = "The recipe file. Default: recipes/gpsi-v1.yaml found from the repository root." };
        var data = new Option<DirectoryInfo?>("--data") { Description = $"The shared data folder. Default: ${DataDirectory.EnvironmentVariable}, else ../shared/data." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder. Default: out/report." };
        var languages = new Option<string>("--lang") { Description = "Languages, comma-separated: en, zh-Hans.", DefaultValueFactory = _ => "en,zh-Hans" };
        var pdf = new Option<bool>("--pdf") { Description = "Also print the PDFs with headless Chromium (GPSI_CHROMIUM or chromium on the PATH)." };
        var command = new Command("report", "Write the HTML report (and with --pdf the PDFs) of the GPSI editions: rankings, map, country profiles, methodology, sources.")
        {
            recipe, data, output, languages, pdf,
        };
        command.SetAction(parse => UsageException.Guard(console, () => Run(console, parse.GetValue(recipe),
            parse.GetValue(data), parse.GetValue(output), parse.GetValue(languages) ?? "en,zh-Hans", parse.GetValue(pdf))));
        return command;
    }

    private static int Run(CliConsole console, FileInfo? recipeFile, DirectoryInfo? dataDir, DirectoryInfo? outDir,
        string languageList, bool pdf)
    {
        var languages = languageList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var l in languages)
        {
            if (!ReportTexts.Languages.Contains(l))
            {
                throw new UsageException($"--lang: expected {string.Join(" or ", ReportTexts.Languages)}, found '{l}'");
            }
        }

        var chromium = pdf ? PdfPrinter.FindChromium() : null;
        if (pdf && chromium is null)
        {
            console.Error.WriteLine("gpsi: --pdf needs Chromium: apt-get install -y chromium fonts-noto-cjk, or set GPSI_CHROMIUM.");
            return ExitCodes.Usage;
        }

        var diagnostics = new List<Diagnostic>();
        var recipePath = recipeFile?.FullName ?? RecipeDirectory.Find();
        if (recipePath is null)
        {
            diagnostics.Add(Diagnostic.Error("recipe.not-found", "The GPSI recipe was not found.", new SourceLocation("recipes/gpsi-v1.yaml"), null,
                "--recipe FILE, or recipes/gpsi-v1.yaml in the working folder or a parent"));
            return console.Report(diagnostics, "the input was rejected");
        }

        if (DataDirectory.Require(dataDir?.FullName, diagnostics) is not { } root)
        {
            return console.Report(diagnostics, "the input was rejected");
        }

        var read = RecipeReader.ReadFile(recipePath);
        if (read.Recipe is not { } recipeValue)
        {
            return console.Report(read.Diagnostics, "the recipe was rejected");
        }

        var inputs = IndexInputs.Read(recipeValue, Path.GetDirectoryName(recipePath) ?? ".", root, diagnostics);
        var run = inputs is null
            ? null
            : IndexRunner.Run(recipeValue, inputs.Load.Observations, inputs.Load.SnapshotId, inputs.Registry, inputs.Catalogue, diagnostics);
        if (run is null)
        {
            return console.Report(diagnostics.Select(read.Locate), "the build failed; nothing was written");
        }

        // The audit page: the latest edition audited over the same panel (the run keeps no build to reuse).
        var prepared = IndexRunner.Prepare(recipeValue, inputs!.Load.Observations, inputs.Registry, diagnostics)!;
        var audit = IndexAudit.Run(Builder.Run(recipeValue, prepared.Panel), run.Years[^1]);
        var target = outDir?.FullName ?? Path.Combine("out", "report");
        var geo = Path.Combine(root, "geo", "countries-110m.json");
        var map = TopoJson.Read(geo);
        foreach (var language in languages)
        {
            var dir = Path.Combine(target, language);
            var files = HtmlReport.Write(run, geo, language, dir, audit);
            console.Out.WriteLine($"{language}: {files.Length} pages in {dir}");
            if (chromium is not null)
            {
                foreach (var file in PdfReport.Write(run, map, language, Path.Combine(target, "pdf"), new PdfPrinter(chromium)))
                {
                    console.Out.WriteLine($"{language}: {file}");
                }
            }
        }

        console.Out.WriteLine($"recipe {run.RecipeHash}, data snapshot {run.SnapshotId}");
        return ExitCodes.Success;
    }
}
