using System.IO.Compression;

namespace Gpsi.Data.Output;

/// <summary>
/// Re-packs a ZIP package (an XLSX) so that the same parts give the same bytes: entries in a fixed order
/// (<c>[Content_Types].xml</c>, then <c>_rels/.rels</c>, then the rest by ordinal name), every timestamp
/// 1980-01-01 00:00 (the earliest DOS time), one compression level.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Repack(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = source.Entries
            .OrderBy(e => e.FullName switch { "[Content_Types].xml" => 0, "_rels/.rels" => 1, _ => 2 })
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var target = new MemoryStream();
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var input = entry.Open();
                using var output = copy.Open();
                input.CopyTo(output);
            }
        }

        return target.ToArray();
    }
}
