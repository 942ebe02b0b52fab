using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

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
        var root = Load(text, source);
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

    private static YamlNode? Load(string text, RecipeSource source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            source.Error("recipe.yaml", "The file is not valid YAML: " + e.Message, source.At(e.Start, null),
                null, "valid YAML or JSON");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 fails this way (without a position) on a flow collection that is never closed.
            var (mark, message) = Unclosed(text);
            source.Error("recipe.yaml", "The file is not valid YAML: " + message, source.At(mark, null), null,
                "valid YAML or JSON");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            source.Error("recipe.empty", "The recipe file is empty.", new SourceLocation(source.FileName, 1, 1), null,
                "a map with at least name, indicators and aggregates");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            source.Error("recipe.yaml", "The file holds more than one YAML document.", source.At(second, null),
                "---", "one recipe per file");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    /// <summary>Finds the innermost flow collection ('[' or '{') left open.</summary>
    private static (Mark Mark, string Message) Unclosed(string text)
    {
        var open = new Stack<Token>();
        Token? last = null;
        var scanner = new Scanner(new StringReader(text));
        try
        {
            while (scanner.MoveNext())
            {
                last = scanner.Current;
                switch (last)
                {
                    case FlowSequenceStart or FlowMappingStart:
                        open.Push(last);
                        break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or YamlException)
        {
            // The scanner stops where the parser did; what is open then is the culprit.
        }

        if (open.TryPeek(out var token))
        {
            var bracket = token is FlowSequenceStart ? "'['" : "'{'";
            return (token.Start, $"{bracket} is never closed.");
        }

        return (last?.Start ?? Mark.Empty, "unexpected structure.");
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
