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
