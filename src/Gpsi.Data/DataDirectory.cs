using Gpsi.Core.Diagnostics;

namespace Gpsi.Data;

/// <summary>
/// Finds the shared data folder that sits beside the repository (<c>../shared/data</c>), read in place and never
/// copied. An explicit path wins, then the <c>GPSI_DATA</c> environment variable, then the first
/// <c>../shared/data</c> found walking up from the working directory or from the running program.
/// </summary>
public static class DataDirectory
{
    /// <summary>The environment variable that names the data folder.</summary>
    public const string EnvironmentVariable = "GPSI_DATA";

    /// <summary>The data folder, or null when none is configured or found.</summary>
    public static string? Resolve(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return Search(Directory.GetCurrentDirectory()) ?? Search(AppContext.BaseDirectory);
    }

    /// <summary>
    /// The data folder as <see cref="Resolve"/> finds it, or null with a <c>data.not-found</c> error in
    /// <paramref name="diagnostics"/> when there is none or it does not exist.
    /// </summary>
    /// <param name="configured">A folder given on the command line, if any.</param>
    /// <param name="diagnostics">Receives the error.</param>
    /// <param name="expected">What the error says would be found; the default names the shared folder, --data and the variable.</param>
    public static string? Require(string? configured, List<Diagnostic> diagnostics, string? expected = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = Resolve(configured);
        if (root is not null && Directory.Exists(root))
        {
            return root;
        }

        diagnostics.Add(Diagnostic.Error("data.not-found", "The shared data folder was not found.",
            new SourceLocation(root ?? "../shared/data"), null,
            expected ?? $"../shared/data beside the repository, --data DIR or ${EnvironmentVariable}"));
        return null;
    }

    private static string? Search(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
