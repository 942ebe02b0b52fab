namespace Gpsi.Data.Tests.Sources;

/// <summary>Paths inside the repository checkout (found by walking up to Gpsi.slnx).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = Find();

    public static string Catalogue => Path.Combine(Root, "catalogue", "sources.yaml");

    public static string Docs(string file) => Path.Combine(Root, "docs", file);

    public static string Here(string file) => Path.Combine(Root, "tests", "Gpsi.Data.Tests", "Sources", file);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gpsi.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gpsi.slnx was not found above the test binaries.");
    }
}
