namespace Gpsi.Api.Tests.Dashboard;

/// <summary>Finds the repository's <c>web/</c> npm project (the folder above the test binaries that holds
/// <c>web/package.json</c>).</summary>
internal static class WebProject
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "web", "package.json")))
                {
                    return Path.Combine(dir.FullName, "web");
                }
            }

            throw new InvalidOperationException("web/package.json not found above " + AppContext.BaseDirectory);
        }
    }
}
