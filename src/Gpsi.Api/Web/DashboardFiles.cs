using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;

namespace Gpsi.Api.Web;

/// <summary>The built dashboard, read once into memory: every file by its path, with its .br/.gz copies.</summary>
internal sealed class DashboardFiles
{
    private static readonly FileExtensionContentTypeProvider Types = new();
    private readonly FrozenDictionary<string, DashboardFile> _files;

    private DashboardFiles(FrozenDictionary<string, DashboardFile> files) => _files = files;

    /// <summary>Every file served (the .br/.gz copies are not separate entries).</summary>
    public IEnumerable<DashboardFile> All => _files.Values;

    /// <summary>Reads <paramref name="root"/>; null when it has no <c>index.html</c>.</summary>
    public static DashboardFiles? Load(string root)
    {
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            return null;
        }

        var files = new Dictionary<string, DashboardFile>(StringComparer.Ordinal);
        foreach (var full in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (full.EndsWith(".br", StringComparison.Ordinal) || full.EndsWith(".gz", StringComparison.Ordinal))
            {
                continue;
            }

            var path = Path.GetRelativePath(root, full).Replace('\\', '/');
            var raw = File.ReadAllBytes(full);
            var type = Types.TryGetContentType(full, out var known) ? known : "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "text/javascript"
                || type == "application/json")
            {
                type += "; charset=utf-8";
            }

            files[path] = new DashboardFile(path, type, raw, ReadIfExists(full + ".br"), ReadIfExists(full + ".gz"),
                "\"" + Convert.ToHexStringLower(SHA256.HashData(raw)) + "\"");
        }

        return new DashboardFiles(files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The file at <paramref name="path"/>, or null (any other path, including one with '..', is unknown).</summary>
    public DashboardFile? Find(string path) => _files.GetValueOrDefault(path);

    private static byte[]? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;
}
