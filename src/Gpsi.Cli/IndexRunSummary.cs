using System.Globalization;
using Gpsi.Data.Editions;
using Spectre.Console;

namespace Gpsi.Cli;

/// <summary>
/// What <c>gpsi build</c> prints after building the index: the run's shape, a coverage line per edition, the top and
/// bottom ten of the latest edition (score, rank, band), the largest movers between the last two editions, the recipe
/// hash and snapshot id, where the files went and which editions were published. At a terminal it draws Spectre tables;
/// otherwise plain lines without ANSI codes (<c>top 1 NOR 87.3 very high</c>), scores with one decimal.
/// </summary>
public static class IndexRunSummary
{
    /// <summary>Prints the summary to <see cref="CliConsole.Out"/>.</summary>
    /// <param name="console">Where to print; <see cref="Terminal.Interactive"/> picks tables or plain lines.</param>
    /// <param name="run">The run; a run without editions or without ranked countries prints the lines it can.</param>
    /// <param name="outDir">The output folder written.</param>
    /// <param name="publishedEditionIds">The store's ids of the editions published; empty when nothing was published.</param>
    public static void Print(CliConsole console, IndexRun run, string outDir, IReadOnlyList<string> publishedEditionIds)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(publishedEditionIds);
        var highlights = IndexRunHighlights.Of(run);
        if (console.Terminal.Interactive)
        {
            Rich(console, run, highlights, outDir, publishedEditionIds);
        }
        else
        {
            Plain(console.Out, run, highlights, outDir, publishedEditionIds);
        }
    }

    /// <summary>" (rank range 3–7)" when the row has an uncertainty interval, else nothing.</summary>
    private static string Range(Gpsi.Data.Editions.ScoreRow row) =>
        row.Interval is { } interval ? $" (rank range {interval.Shown})" : string.Empty;

    private static void Plain(TextWriter o, IndexRun run, IndexRunHighlights h, string outDir, IReadOnlyList<string> published)
    {
        o.WriteLine(Heading(run));
        foreach (var c in run.Coverage)
        {
            o.WriteLine(CoverageLine(c));
        }

        foreach (var r in h.Top)
        {
            o.WriteLine(Invariant($"top {r.Rank} {r.Iso3} {r.Score:F1} {r.Band}{Range(r)}").TrimEnd());
        }

        foreach (var r in h.Bottom)
        {
            o.WriteLine(Invariant($"bottom {r.Rank} {r.Iso3} {r.Score:F1} {r.Band}{Range(r)}").TrimEnd());
        }

        if (h.Previous is { } from && h.Latest is { } to)
        {
            if (h.Risers.Count + h.Fallers.Count == 0)
            {
                o.WriteLine(Invariant($"movers {from}→{to}: no country changed rank"));
            }

            foreach (var m in h.Risers.Concat(h.Fallers))
            {
                o.WriteLine(Invariant(
                    $"{(m.Change > 0 ? "up" : "down")} {m.Iso3} {m.FromRank}→{m.ToRank} ({m.Change:+0;-0}) {m.FromScore:F1}→{m.ToScore:F1}"));
            }
        }

        o.WriteLine($"recipe {run.RecipeHash}");
        o.WriteLine($"snapshot {run.SnapshotId}");
        o.WriteLine($"wrote {outDir}");
        o.WriteLine(published.Count == 0 ? "published nothing" : $"published {string.Join(", ", published)}");
    }

    private static void Rich(CliConsole console, IndexRun run, IndexRunHighlights h, string outDir, IReadOnlyList<string> published)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) });
        ansi.MarkupLine($"[bold]{Markup.Escape(Heading(run))}[/]");
        foreach (var c in run.Coverage)
        {
            ansi.MarkupLine(Markup.Escape(CoverageLine(c)));
        }

        var names = run.Countries.ToDictionary(c => c.Iso3, c => c.Name, StringComparer.Ordinal);
        if (h.Top.Count > 0)
        {
            ansi.Write(RankTable(Invariant($"Top {h.Top.Count} — {h.Latest}"), h.Top, names));
        }

        if (h.Bottom.Count > 0)
        {
            ansi.Write(RankTable(Invariant($"Bottom {h.Bottom.Count} — {h.Latest}"), h.Bottom, names));
        }

        if (h.Risers.Count + h.Fallers.Count > 0)
        {
            var movers = new Table().Title(Invariant($"Largest movers {h.Previous} → {h.Latest}"))
                .AddColumn("iso3").AddColumn("name").AddColumn(new TableColumn("rank").RightAligned())
                .AddColumn(new TableColumn("change").RightAligned()).AddColumn(new TableColumn("score").RightAligned());
            foreach (var m in h.Risers.Concat(h.Fallers))
            {
                movers.AddRow(m.Iso3, Markup.Escape(names.GetValueOrDefault(m.Iso3, m.Iso3)),
                    Invariant($"{m.FromRank} → {m.ToRank}"),
                    m.Change > 0 ? Invariant($"[green]+{m.Change}[/]") : Invariant($"[red]{m.Change}[/]"),
                    Invariant($"{m.FromScore:F1} → {m.ToScore:F1}"));
            }

            ansi.Write(movers);
        }
        else if (h.Previous is { } from)
        {
            ansi.MarkupLine(Invariant($"movers {from} → {h.Latest}: no country changed rank"));
        }

        ansi.MarkupLine($"recipe [blue]{Markup.Escape(run.RecipeHash)}[/]");
        ansi.MarkupLine($"snapshot [blue]{Markup.Escape(run.SnapshotId)}[/]");
        ansi.MarkupLine($"wrote [green]{Markup.Escape(outDir)}[/]");
        ansi.MarkupLine(published.Count == 0
            ? "published nothing"
            : $"published {Markup.Escape(string.Join(", ", published))}");
    }

    private static Table RankTable(string title, IEnumerable<ScoreRow> rows, Dictionary<string, string> names)
    {
        var list = rows.ToList();
        var ranges = list.Any(r => r.Interval is not null);
        var table = new Table().Title(title).AddColumn(new TableColumn("rank").RightAligned());
        if (ranges)
        {
            table.AddColumn(new TableColumn("range").RightAligned());
        }

        table.AddColumn("iso3").AddColumn("name").AddColumn(new TableColumn("score").RightAligned()).AddColumn("band");
        foreach (var r in list)
        {
            List<string> cells = [Invariant($"{r.Rank}")];
            if (ranges)
            {
                cells.Add(r.Interval?.Shown ?? "–");
            }

            cells.AddRange([r.Iso3, Markup.Escape(names.GetValueOrDefault(r.Iso3, r.Iso3)), Invariant($"{r.Score:F1}"),
                Markup.Escape(r.Band ?? string.Empty)]);
            table.AddRow([.. cells]);
        }

        return table;
    }

    private static string Heading(IndexRun run)
    {
        var version = run.Recipe.Version is { } v ? " " + v : string.Empty;
        var years = run.Years.IsDefaultOrEmpty ? "no editions"
            : run.Years.Length == 1 ? Invariant($"edition {run.Years[0]}")
            : Invariant($"editions {run.Years[0]}–{run.Years[^1]}");
        var dimensions = run.Nodes.Count(n => n.Level == 2 && n.Parent == run.RootCode);
        var indicators = run.Nodes.Count(n => n.Kind == Core.Structure.NodeKind.Indicator);
        return Invariant(
            $"built {run.Recipe.Name}{version}, {years}: {run.Countries.Length} countries considered, {dimensions} dimensions, {indicators} indicators");
    }

    private static string CoverageLine(CoverageRow c) => Invariant(
        $"coverage {c.Year}: {c.Ranked} of {c.Considered} countries ranked, {c.PopulationShare * 100:F1}% of world population, {c.AreaShare * 100:F1}% of land area");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
