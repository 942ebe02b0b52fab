namespace Gpsi.Data.Output;

/// <summary>
/// Writes a set of files into a directory all at once: into a fresh sibling folder first, then renamed into place,
/// so a failure at any point leaves either the previous contents or nothing — never a half-written folder.
/// </summary>
public static class AtomicDirectory
{
    /// <summary>Replaces <paramref name="directory"/>'s contents with <paramref name="files"/> (name → text).</summary>
    public static void Write(string directory, IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
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
                File.WriteAllText(Path.Combine(staging, name), content);
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
