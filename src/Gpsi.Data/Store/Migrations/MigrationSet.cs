using System.Globalization;
using System.Reflection;

namespace Gpsi.Data.Store.Migrations;

/// <summary>The migrations embedded in this assembly for one back end (<c>Store/Migrations/{Sqlite,Postgres}</c>).</summary>
internal static class MigrationSet
{
    /// <summary>The back end's migrations in version order.</summary>
    /// <exception cref="InvalidOperationException">A file name is not <c>NNNN_name.sql</c> or two share a
    /// version (a packaging bug).</exception>
    public static IReadOnlyList<Migration> For(StoreBackend backend)
    {
        var prefix = $"migrations/{backend}/";
        var assembly = typeof(MigrationSet).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^".sql".Length]))
            .OrderBy(m => m.Version)
            .ToList();
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"two {backend} migrations have version {duplicate.Key}");
        }

        return migrations;
    }

    private static Migration Load(Assembly assembly, string resource, string fileName)
    {
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(fileName[..underscore], NumberStyles.None, CultureInfo.InvariantCulture,
                out var version) || version <= 0)
        {
            throw new InvalidOperationException($"migration '{resource}' is not named NNNN_name.sql");
        }

        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"migration '{resource}' cannot be read");
        using var reader = new StreamReader(stream);
        var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        return new Migration(version, fileName[(underscore + 1)..], sql);
    }
}
