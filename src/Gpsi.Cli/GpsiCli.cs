using System.CommandLine;
using Gpsi.Cli.Commands;

namespace Gpsi.Cli;

/// <summary>The <c>gpsi</c> command tree; the composition root of the command line.</summary>
public static class GpsiCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Terminal terminal)
    {
        var console = new CliConsole(output, error, terminal);
        var root = new RootCommand("GPSI: builds, audits and publishes the Global Public Security Index.")
        {
            BuildCommand.Create(console, TimeProvider.System),
            CoinrCommands.Import(console),
            CoinrCommands.Export(console),
            FetchCommand.Create(console),
            DiffCommand.Create(console),
            MethodologyCommand.Create(console),
            ReportCommand.Create(console),
            UncertaintyCommand.Create(console),
            AuditCommand.Create(console),
            ServeCommand.Create(console),
            new Command("data", "Check and load source data: gpsi data check, gpsi data load.")
            {
                DataCheckCommand.Create(console),
                DataLoadCommand.Create(console, TimeProvider.System),
            },
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"gpsi: {e.Message}");
            }

            error.WriteLine("Run 'gpsi --help' or 'gpsi <command> --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
