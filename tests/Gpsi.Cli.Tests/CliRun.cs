using Gpsi.Data;

namespace Gpsi.Cli.Tests;

/// <summary>Runs the gpsi command in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string DataRoot { get; } = DataDirectory.Resolve()
        ?? throw new InvalidOperationException("../shared/data was not found beside the repository.");

    public static string AsemFile(string name) => Path.Combine(DataRoot, "coinr-asem", name);

    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = GpsiCli.Run(args, output, error, Terminal.Plain);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
