using System.Globalization;
using Gpsi.Data.Editions;

namespace Gpsi.Data.Output;

/// <summary>The XLSX "About" sheet: title, recipe, hashes, editions, how to cite, and one row per source.</summary>
internal static class AboutSheet
{
    public static OutputTable Table(IndexRun run)
    {
        var recipe = run.Recipe;
        var title = recipe.Title ?? recipe.Name;
        var editions = run.Years.IsDefaultOrEmpty
            ? string.Empty
            : run.Years.Length == 1
                ? run.Years[0].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{run.Years[0]}–{run.Years[^1]}");
        List<object?[]> rows =
        [
            ["title", title],
            ["recipe", recipe.Name],
            ["recipe_version", recipe.Version ?? string.Empty],
            ["recipe_hash", run.RecipeHash],
            ["snapshot_id", run.SnapshotId],
            ["editions", editions],
            ["how_to_cite", Citation(run, title, editions)],
        ];
        rows.AddRange(run.Sources.Select(s => new object?[]
        {
            "source " + s.Id, $"{s.Title}. {s.Publisher}. Licence: {s.Licence}. {s.Url} (vintage {s.Vintage})",
        }));
        return new OutputTable(["field", "value"], rows);
    }

    /// <summary>"Title (recipe version), editions 2010–2020. Recipe sha256:…; data snapshot sha256:…."</summary>
    public static string Citation(IndexRun run, string title, string editions)
    {
        var version = run.Recipe.Version is { } v ? $"{run.Recipe.Name} {v}" : run.Recipe.Name;
        return $"{title} ({version}), editions {editions}. Recipe {run.RecipeHash}; data snapshot {run.SnapshotId}.";
    }
}
