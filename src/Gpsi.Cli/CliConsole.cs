using Gpsi.Core.Diagnostics;

namespace Gpsi.Cli;

/// <summary>Where a command writes: results to output, problems to error; rich only at a terminal.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error, Terminal terminal)
{
    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Whether a person is watching a terminal.</summary>
    public Terminal Terminal { get; } = terminal;

    /// <summary>Prints each diagnostic on its own line to standard error (errors and warnings) and returns the exit code.</summary>
    public int Report(IEnumerable<Diagnostic> diagnostics, string failure)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var list = diagnostics.ToList();
        foreach (var d in list.Where(d => d.Severity != Severity.Info))
        {
            Error.WriteLine(d.ToString());
        }

        if (list.HasErrors())
        {
            Error.WriteLine($"gpsi: {failure}; nothing was written.");
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Success;
    }
}
