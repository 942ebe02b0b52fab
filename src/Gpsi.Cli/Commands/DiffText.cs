using System.Globalization;
using Gpsi.Data.Editions;
using Spectre.Console;

namespace Gpsi.Cli.Commands;

/// <summary>What <c>gpsi diff</c> prints: a heading, then one line (or table row) per country, largest movers first.</summary>
internal static class DiffText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(CliConsole console, EditionComparison comparison, int? top)
    {
        var o = console.Out;
        o.WriteLine($"{comparison.EditionA} → {comparison.EditionB} on {comparison.Node}: " +
            $"{comparison.Countries.Length} countries ranked in both");
        o.WriteLine($"  recipe   {Short(comparison.RecipeA)} → {(comparison.SameRecipe ? "same" : Short(comparison.RecipeB))}");
        o.WriteLine($"  snapshot {Short(comparison.SnapshotA)} → {(comparison.SameSnapshot ? "same" : Short(comparison.SnapshotB))}");
        if (!comparison.Entered.IsEmpty)
        {
            o.WriteLine($"  ranked in {comparison.EditionB} only: {string.Join(", ", comparison.Entered)}");
        }

        if (!comparison.Left.IsEmpty)
        {
            o.WriteLine($"  ranked in {comparison.EditionA} only: {string.Join(", ", comparison.Left)}");
        }

        o.WriteLine(comparison.SameRecipe
            ? "  same recipe: every change is due to the data (the recipe part is 0)"
            : "  data/recipe parts: the average over both orders (Shapley); the CSV (--out) has each order");
        var shown = top is { } n ? comparison.Countries.Take(n).ToList() : [.. comparison.Countries];
        if (console.Terminal.Interactive)
        {
            var table = new Table().AddColumn(new TableColumn("iso3").NoWrap()).AddColumn("name");
            foreach (var heading in (string[])["rank", "places", "data", "recipe", "score", "change", "data", "recipe"])
            {
                table.AddColumn(new TableColumn(heading).RightAligned().NoWrap());
            }

            foreach (var c in shown)
            {
                table.AddRow(c.Iso3, Markup.Escape(c.Name ?? string.Empty), string.Create(Invariant, $"{c.RankA,3} → {c.RankB,3}"), Signed(c.Rank.Total, "F0"),
                    Signed(c.Rank.Data, "F1"), Signed(c.Rank.Recipe, "F1"),
                    $"{c.ScoreA.ToString("F2", Invariant)} → {c.ScoreB.ToString("F2", Invariant)}",
                    Signed(c.Score.Total, "F2"), Signed(c.Score.Data, "F2"), Signed(c.Score.Recipe, "F2"));
            }

            var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(o) });
            // Writing to a TextWriter, Spectre cannot see the terminal's width; ask the console.
            ansi.Profile.Width = Math.Max(Console.WindowWidth, 100);
            ansi.Write(table);
            return;
        }

        o.WriteLine("iso3  rank       places    data  recipe  score             change    data  recipe  name");
        foreach (var c in shown)
        {
            o.WriteLine(string.Create(Invariant,
                $"{c.Iso3,-4}  {c.RankA,3} → {c.RankB,3}  {Signed(c.Rank.Total, "F0"),6}  {Signed(c.Rank.Data, "F1"),6}  {Signed(c.Rank.Recipe, "F1"),6}  " +
                $"{c.ScoreA,6:F2} → {c.ScoreB,6:F2}  {Signed(c.Score.Total, "F2"),6}  {Signed(c.Score.Data, "F2"),6}  {Signed(c.Score.Recipe, "F2"),6}  {c.Name}"));
        }
    }

    /// <summary>+1.5, −0.25, 0; "–" when unknown (a cross build did not rank the country).</summary>
    private static string Signed(double? value, string format) => value switch
    {
        null => "–",
        var v when Math.Round(v.Value, 2) == 0 => "0",
        var v => (v > 0 ? "+" : "−") + Math.Abs(v.Value).ToString(format, Invariant),
    };

    private static string Short(string hash) => hash.Length > 19 ? hash[..19] + "…" : hash;
}
