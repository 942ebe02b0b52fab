using System.Security.Cryptography;
using System.Text;

namespace Gpsi.Data.Fetch;

/// <summary>
/// File writes of a snapshot: every file goes to <c>name.part</c> first and is renamed over the final name only when
/// complete, so a crash leaves either the old file, a stray <c>.part</c>, or the new file — never half a file.
/// </summary>
internal static class SnapshotFiles
{
    public const string PartSuffix = ".part";

    public static void WriteAtomic(string path, ReadOnlySpan<byte> content)
    {
        var part = path + PartSuffix;
        using (var stream = new FileStream(part, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        File.Move(part, path, overwrite: true);
    }

    public static void WriteAtomic(string path, string text) => WriteAtomic(path, Encoding.UTF8.GetBytes(text));

    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The SHA-256 of a file, or null when it does not exist.</summary>
    public static string? Sha256(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Deletes a folder and everything in it, if it exists.</summary>
    public static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
