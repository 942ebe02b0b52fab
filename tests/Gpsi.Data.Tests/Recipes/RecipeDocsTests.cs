using System.Text.RegularExpressions;
using Gpsi.Data.Recipes;

namespace Gpsi.Data.Tests.Recipes;

/// <summary>Keeps <c>docs/recipe.md</c> in step with the keys the reader accepts.</summary>
public sealed partial class RecipeDocsTests
{
    [Fact]
    public void RecipeDoc_KeyTables_ListExactlyTheAcceptedKeys()
    {
        var documented = DocumentedKeys(File.ReadAllText(DocPath()));
        documented.Keys.Order(StringComparer.Ordinal).ShouldBe(RecipeReader.AcceptedKeys.Keys);
        foreach (var (section, keys) in RecipeReader.AcceptedKeys)
        {
            documented[section].Order(StringComparer.Ordinal).ShouldBe(keys.Order(StringComparer.Ordinal),
                $"docs/recipe.md section `{section}`");
        }
    }

    [Fact]
    public void RecipeDoc_Example_ReadsWithoutErrors()
    {
        var text = File.ReadAllText(DocPath());
        var start = text.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var end = text.IndexOf("```", start, StringComparison.Ordinal);
        var result = RecipeReader.Read(text[start..end], "docs/recipe.md");
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
    }

    // Sections are headings "### `name`"; their keys are the first cells of table rows, "| `key` |".
    private static Dictionary<string, List<string>> DocumentedKeys(string markdown)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                current = [];
                sections.Add(heading.Groups[1].Value, current);
            }
            else if (current is not null && Row().Match(line) is { Success: true } row)
            {
                current.Add(row.Groups[1].Value);
            }
        }

        return sections;
    }

    private static string DocPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gpsi.slnx")))
            {
                return Path.Combine(dir.FullName, "docs", "recipe.md");
            }
        }

        throw new FileNotFoundException("Gpsi.slnx not found above the test directory.");
    }

    [GeneratedRegex("^### `([^`]+)`")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| `([^`]+)` \|")]
    private static partial Regex Row();
}
