namespace Gpsi.Cli;

/// <summary>A command line that cannot be acted on (bad option value); reported with exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message)
{
    /// <summary>Runs <paramref name="action"/>, turning a usage error into its message and exit code.</summary>
    public static int Guard(CliConsole console, Func<int> action)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"gpsi: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    /// <summary>Runs an asynchronous command action, turning a <see cref="UsageException"/> into exit code 2.</summary>
    public static async Task<int> GuardAsync(CliConsole console, Func<Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"gpsi: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
