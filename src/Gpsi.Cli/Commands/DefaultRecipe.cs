namespace Gpsi.Cli.Commands;

/// <summary>
/// Finds the GPSI recipe (<c>recipes/gpsi-v1.yaml</c>) the way <see cref="Gpsi.Data.DataDirectory"/> finds the data:
/// walking up from the working directory, then from the running program.
/// </summary>
internal static class DefaultRecipe
{
    public const string RelativePath = "recipes/gpsi-v1.yaml";

    /// <summary>The recipe file, or null when no parent folder holds <c>recipes/gpsi-v1.yaml</c>.</summary>
    public static string? Find() => Search(Directory.GetCurrentDirectory()) ?? Search(AppContext.BaseDirectory);

    private static string? Search(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
