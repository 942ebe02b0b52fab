using System.Globalization;
using Gpsi.Core.Building;
using Spectre.Console;

namespace Gpsi.Cli;

/// <summary>What <c>gpsi build</c> prints when done: the build's shape, where it wrote, and the top of the ranking.</summary>
public static class BuildSummary
{
    /// <summary>Prints the summary: a table at a terminal, plain lines otherwise.</summary>
    public static void Print(CliConsole console, Build build, string recipeHash, string target, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(build);
        var tree = build.Tree!;
        var scores = build.Scores!;
        var ranks = build.Ranks!;
        var root = tree.Roots[0];
        var lastYear = scores.Years.Length - 1;
        var top = Enumerable.Range(0, scores.Units.Count)
            .Where(u => ranks[root, lastYear, u] > 0)
            .OrderBy(u => ranks[root, lastYear, u]).ThenBy(u => scores.Units[u], StringComparer.Ordinal)
            .Take(10).ToList();
        var o = console.Out;
        o.WriteLine($"built '{build.Recipe.Name}' ({recipeHash[..19]}…): {build.Panel.Units.Length} units × " +
            $"{tree.Indicators.Length} indicators × {build.Panel.Years.Length} year(s), {tree.Depth} levels");
        o.WriteLine($"wrote {target}: {string.Join(", ", files)}");
        var heading = $"top {top.Count} on {tree.Nodes[root].Code} ({scores.Years[lastYear]})";
        if (console.Terminal.Interactive)
        {
            var table = new Table().Title(heading).AddColumn("rank").AddColumn("unit").AddColumn("name")
                .AddColumn(new TableColumn("score").RightAligned());
            foreach (var u in top)
            {
                table.AddRow(ranks[root, lastYear, u].ToString(CultureInfo.InvariantCulture), scores.Units[u],
                    Markup.Escape(build.Panel.Units[u].Name), scores[root, lastYear, u].ToString("F2", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return;
        }

        o.WriteLine(heading + ":");
        foreach (var u in top)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ranks[root, lastYear, u],4}  {scores.Units[u],-4} {scores[root, lastYear, u],8:F2}  {build.Panel.Units[u].Name}"));
        }
    }
}
