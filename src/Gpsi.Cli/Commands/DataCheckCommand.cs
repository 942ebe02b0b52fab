using System.CommandLine;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Loading;
using Gpsi.Data.Output;
using Gpsi.Data.Quality;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi data check [DIR]</c>: loads a data folder through the catalogue and prints a data-quality report —
/// coverage by indicator × year, countries with gaps, suspicious jumps — and every diagnostic. Exits 1 on any error.
/// </summary>
public static class DataCheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var options = DataOptions.Create();
        var years = new Option<string>("--years") { Description = "The years of the coverage table and of the gap search, FIRST-LAST.", DefaultValueFactory = _ => "2010-2020" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Also write coverage.csv, gaps.csv, jumps.csv and diagnostics.txt to this folder (replaced whole)." };
        var command = new Command("check", "Check a data folder: coverage by indicator and year, countries with gaps, suspicious jumps; exits 1 on errors.");
        options.AddTo(command);
        command.Add(years);
        command.Add(output);
        command.SetAction(parse => UsageException.Guard(console, () =>
            Run(console, options.Read(parse), ParseYears(parse.GetValue(years)!), parse.GetValue(output))));
        return command;
    }

    private static int Run(CliConsole console, DataOptions.Values values, (int First, int Last) years, DirectoryInfo? output)
    {
        var diagnostics = new List<Diagnostic>();
        var loaded = DataInputs.Load(values.Folder, values.Catalogue, values.Registry, values.Mode, diagnostics);
        if (loaded is null)
        {
            return console.Report(diagnostics, "the data could not be checked");
        }

        var load = loaded.Load;
        var report = DataQualityReport.Create(load, loaded.Catalogue.Sources, years);
        var text = DataCheckText.Render(loaded, report, years);
        console.Out.Write(text);
        if (output is not null)
        {
            AtomicDirectory.Write(output.FullName, DataQualityFiles.Render(load, report, text));
            console.Out.WriteLine($"Wrote {output.FullName}");
        }

        foreach (var d in load.Diagnostics.Where(d => d.Severity != Severity.Info))
        {
            console.Error.WriteLine(d.ToString());
        }

        var errors = load.Diagnostics.Count(d => d.Severity == Severity.Error && d.Code != "load.rejected");
        if (errors > 0)
        {
            console.Error.WriteLine($"gpsi: the data check found {errors} error(s).");
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Success;
    }

    private static (int, int) ParseYears(string text)
    {
        var parts = text.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last) && first <= last
            && last - first <= 40)
        {
            return (first, last);
        }

        throw new UsageException($"--years: expected FIRST-LAST such as 2010-2020 (at most 41 years), found '{text}'");
    }
}
