namespace Gpsi.Data;

/// <summary>
/// Finds the repository's <c>recipes/</c> folder, which holds the published recipes (<c>gpsi-v1.yaml</c>): searched
/// upwards from the current directory, then from the executable's folder.
/// </summary>
public static class RecipeDirectory
{
    /// <summary>The file name of the default recipe, the GPSI framework v1.</summary>
    public const string DefaultRecipe = "gpsi-v1.yaml";

    /// <summary>The full path of <c>recipes/<paramref name="fileName"/></c>, or null when no such file is found.</summary>
    public static string? Find(string fileName = DefaultRecipe) =>
        Search(Directory.GetCurrentDirectory(), fileName) ?? Search(AppContext.BaseDirectory, fileName);

    private static string? Search(string start, string fileName)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "recipes", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
