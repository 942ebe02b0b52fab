namespace Gpsi.Data.Output;

/// <summary>
/// Writes a set of files into a directory all at once: into a fresh sibling folder first, then renamed into place,
/// so a failure at any point leaves either the previous contents or nothing — never a half-written folder.
/// </summary>
public static class AtomicDirectory
{
    /// <summary>
    /// Replaces <paramref name="directory"/>'s contents with <paramref name="files"/> (name → text, UTF-8). A name may be
    /// a relative path with sub-folders (<c>countries/NOR.html</c>); the sub-folders are created.
    /// </summary>
    /// <exception cref="ArgumentException">A name leads outside the directory.</exception>
    public static void Write(string directory, IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Write(directory, files, (path, content) => File.WriteAllText(path, content));
    }

    /// <summary>Replaces <paramref name="directory"/>'s contents with <paramref name="files"/>, each written byte for byte.
    /// (Beside the text overload, a collection expression of target-typed <c>new(…)</c> elements is ambiguous: name the
    /// element type.)</summary>
    /// <exception cref="ArgumentException">A file name is not a plain name (it holds a directory separator or is empty).</exception>
    public static void Write(string directory, IEnumerable<OutputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files.ToList();
        foreach (var file in list)
        {
            if (string.IsNullOrEmpty(file.Name) || file.Name != Path.GetFileName(file.Name) || file.Name is "." or "..")
            {
                throw new ArgumentException($"'{file.Name}' is not a plain file name.", nameof(files));
            }
        }

        Write(directory, list.Select(f => KeyValuePair.Create(f.Name, f.Content)), File.WriteAllBytes);
    }

    private static void Write<T>(string directory, IEnumerable<KeyValuePair<string, T>> files, Action<string, T> write)
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
                    throw new ArgumentException($"'{name}' leads outside the output folder.", nameof(files));
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                write(path, content);
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
