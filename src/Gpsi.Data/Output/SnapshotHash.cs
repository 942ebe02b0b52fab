using System.Security.Cryptography;

namespace Gpsi.Data.Output;

/// <summary>Identifies an input data snapshot: SHA-256 over the files' names and bytes, in the order given.</summary>
public static class SnapshotHash
{
    /// <summary>"sha256:" + hex over each file's name and contents.</summary>
    public static string Compute(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
