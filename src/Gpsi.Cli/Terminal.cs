namespace Gpsi.Cli;

/// <summary>Whether output goes to a person at a terminal (rich output) or to a file, pipe or CI log (plain lines).</summary>
public sealed record Terminal(bool Interactive)
{
    /// <summary>Plain output, as in CI and tests.</summary>
    public static Terminal Plain { get; } = new(false);

    /// <summary>Interactive when stdout is not redirected and CI is not set.</summary>
    public static Terminal Detect() =>
        new(!Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")));
}
