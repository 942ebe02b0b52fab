using System.Security.Cryptography;
using Gpsi.Data.Editions;

namespace Gpsi.Data.Output;

/// <summary><c>manifest.json</c>: the recipe (name, version, hash), the snapshot id, the years, and each other file's
/// name, size in bytes and SHA-256 (lowercase hex), in the order the files are listed.</summary>
internal static class RunManifest
{
    public const string FileName = "manifest.json";

    public static byte[] Render(IndexRun run, IEnumerable<OutputFile> files) => OutputJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("recipe_hash", run.RecipeHash);
        w.WriteString("snapshot_id", run.SnapshotId);
        w.WriteString("recipe", run.Recipe.Name);
        w.Text("recipe_version", run.Recipe.Version);
        w.WriteStartArray("years");
        foreach (var year in run.Years)
        {
            w.WriteNumberValue(year);
        }

        w.WriteEndArray();
        w.WriteStartArray("files");
        foreach (var file in files)
        {
            w.WriteStartObject();
            w.WriteString("name", file.Name);
            w.WriteNumber("bytes", file.Content.Length);
            w.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(file.Content)));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
