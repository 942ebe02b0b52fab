namespace Gpsi.Api.Tests;

/// <summary>Files of the repository the tests run from (found by walking up to <c>Gpsi.slnx</c>).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gpsi.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Gpsi.slnx not found above {AppContext.BaseDirectory}");
    }
}
