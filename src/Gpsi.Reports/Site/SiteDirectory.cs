namespace Gpsi.Reports.Site;

/// <summary>
/// Writes a site (relative paths with sub-folders → text) all at once: into a fresh sibling folder, then renamed into
/// place, so a failure leaves the previous site or nothing. (Gpsi.Data's AtomicDirectory takes plain file names only.)
/// </summary>
internal static class SiteDirectory
{
    public static void Write(string directory, IEnumerable<KeyValuePair<string, string>> files)
    {
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("No parent folder.", nameof(directory));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var (name, content) in files)
            {
                var path = Path.GetFullPath(Path.Combine(staging, name));
                if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"'{name}' leaves the site folder.", nameof(files));
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content);
            }

            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            if (!Directory.Exists(target) && Directory.Exists(retired))
            {
                Directory.Move(retired, target);
            }

            throw;
        }

        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }
}
