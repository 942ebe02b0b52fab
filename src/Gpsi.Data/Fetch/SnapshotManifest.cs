using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gpsi.Data.Fetch;

/// <summary>
/// A snapshot folder's <c>manifest.json</c>: per target, the URLs requested, when, the file's size and SHA-256, and
/// whether it is complete. Written atomically (temporary file, then rename) after every target.
/// </summary>
/// <param name="Snapshot">The snapshot date, <c>YYYY-MM-DD</c>.</param>
/// <param name="Targets">One entry per target ever attempted in this folder, in plan order.</param>
public sealed record SnapshotManifest(string Snapshot, IReadOnlyList<ManifestEntry> Targets)
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Status of a complete, verified file.</summary>
    public const string Complete = "complete";

    /// <summary>Status of a target whose last attempt failed.</summary>
    public const string Failed = "failed";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest as indented JSON (snake_case keys, nulls left out), ending with a newline.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>Reads a manifest; null when the text is not a manifest (the fetch then starts the folder afresh).</summary>
    public static SnapshotManifest? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SnapshotManifest>(json, Json) is { Targets: not null } m ? m : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>This manifest with <paramref name="entry"/> replacing the entry of the same id (or added).</summary>
    public SnapshotManifest With(ManifestEntry entry, IReadOnlyList<string> planOrder)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(planOrder);
        var entries = Targets.Where(t => t.Id != entry.Id).Append(entry)
            .OrderBy(t => Position(planOrder, t.Id))
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        return this with { Targets = entries };
    }

    private static int Position(IReadOnlyList<string> order, string id)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
