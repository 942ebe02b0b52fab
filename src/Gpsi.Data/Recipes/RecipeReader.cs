using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Data.Yaml;

namespace Gpsi.Data.Recipes;

/// <summary>
/// Reads a recipe file (YAML, or JSON, which is YAML) into a <see cref="Recipe"/>. Every problem becomes a
/// <see cref="Diagnostic"/> with the file, 1-based line and column, and the field path (<c>indicators[3].parent</c>,
/// <c>steps[2].normalise.method</c>): YAML syntax, unknown keys (with the closest valid key), wrong types, missing
/// keys, bad values, methods and numbers; then, when the tree could be read, the meaning of the recipe
/// (<see cref="RecipeValidator"/>: unknown parents, cycles, one root, references and ranges). All problems are
/// collected, not only the first. The format is documented in <c>docs/recipe.md</c>.
/// </summary>
public static class RecipeReader
{
    /// <summary>
    /// The keys each section of a recipe file accepts, by section (<c>recipe</c> for the top level,
    /// <c>indicators[]</c>, <c>steps[].normalise</c>, …). <c>docs/recipe.md</c> lists exactly these.
    /// </summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<string>> AcceptedKeys => RecipeKeys.All;

    /// <summary>Reads the recipe in <paramref name="path"/>; an unreadable file is a diagnostic, not an exception.</summary>
    public static RecipeReadResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new RecipeReadResult(null, [Diagnostic.Error("recipe.unreadable", $"Cannot read the recipe: {e.Message}",
                new SourceLocation(path), path, "a readable YAML or JSON file")]);
        }

        return Read(text, path);
    }

    /// <summary>
    /// Reads recipe <paramref name="text"/>; <paramref name="fileName"/> is only used in locations. The recipe is
    /// returned when no error was found; warnings may accompany it.
    /// </summary>
    public static RecipeReadResult Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var source = new RecipeSource(fileName);
        var root = YamlDocuments.LoadSingle(new StringReader(text), source,
            "a map with at least name, indicators and aggregates");
        Recipe? recipe = null;
        Func<string, SourceLocation> locate = source.Locate;
        if (root is not null)
        {
            var parser = new RecipeParser(source);
            recipe = parser.Parse(root);
            var steps = parser.StepOrigins;
            locate = path => source.Locate(FileStepPath(path, steps));
            if (recipe is not null && parser.TreeComplete && parser.VariablesComplete)
            {
                var origins = parser.StepOrigins;
                source.Diagnostics.AddRange(
                    RecipeValidator.Validate(recipe, path => source.Locate(FileStepPath(path, origins))));
                if (recipe.Uncertainty is { } uncertainty && !source.Diagnostics.HasErrors())
                {
                    Uncertainty.FactorChecks.Check(recipe, uncertainty.Factors, parser.FactorOrigins, source.Diagnostics,
                        "recipe");
                }
            }
        }

        var diagnostics = source.Diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location?.Line ?? int.MaxValue)
            .ThenBy(x => x.d.Location?.Column ?? int.MaxValue)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToImmutableArray();
        return new RecipeReadResult(diagnostics.HasErrors() ? null : recipe, diagnostics) { Locator = locate };
    }

    /// <summary>Maps <c>steps[k]…</c> of the parsed recipe back to the k-th parsed step's index in the file.</summary>
    private static string FileStepPath(string path, IReadOnlyList<int> origins)
    {
        const string Prefix = "steps[";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return path;
        }

        var close = path.IndexOf(']', StringComparison.Ordinal);
        if (close < 0 || !int.TryParse(path.AsSpan(Prefix.Length, close - Prefix.Length), NumberStyles.None,
                CultureInfo.InvariantCulture, out var k) || k >= origins.Count)
        {
            return path;
        }

        return Prefix + origins[k].ToString(CultureInfo.InvariantCulture) + path[close..];
    }
}
