using Gpsi.Data.Editions;

namespace Gpsi.Data.Output;

/// <summary>
/// Renders an <see cref="IndexRun"/> as the output folder of <c>gpsi build</c> (see <c>docs/outputs.md</c>): ten CSV
/// files, <c>rankings.json</c>, <c>rankings.xlsx</c> and <c>manifest.json</c>. Every file names the recipe hash and the
/// data snapshot id. Rendering is pure: no clock, invariant culture, numbers as R writes them (15 significant digits,
/// 17 when 15 would not read back as the same double), fixed ZIP timestamps and part order, so the same run gives
/// byte-identical files.
/// </summary>
public static class IndexRunFiles
{
    /// <summary>The files in a fixed order, <c>manifest.json</c> last (it lists every other file's SHA-256).</summary>
    /// <param name="run">The run; a run with no ranked country still renders (tables with headers only).</param>
    /// <exception cref="ArgumentException">The run has no nodes (no root).</exception>
    public static IReadOnlyList<OutputFile> Render(IndexRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Nodes.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The run has no index tree.", nameof(run));
        }

        var view = new IndexRunView(run);
        var coverage = IndexRunTables.Coverage(run);
        var completeness = IndexRunTables.Completeness(view);
        var imputed = IndexRunTables.Values(run, IndexRunTables.IsFilled);
        Func<OutputFile> Csv(string name, Func<OutputTable> table) =>
            () => new OutputFile(name, OutputCsv.Render(table(), run.RecipeHash, run.SnapshotId));

        // Each file depends only on the run, so they render in parallel; the list keeps the fixed order.
        Func<OutputFile>[] renderers =
        [
            Csv("rankings.csv", () => IndexRunTables.Rankings(view, latestFirst: false)),
            Csv("scores.csv", () => IndexRunTables.Scores(view)),
            Csv("bands.csv", () => IndexRunTables.Bands(view)),
            Csv("coverage.csv", () => coverage),
            Csv("completeness.csv", () => completeness),
            Csv("excluded.csv", () => IndexRunTables.Excluded(view)),
            Csv("values.csv", () => IndexRunTables.Values(run, _ => true)),
            Csv("imputed.csv", () => imputed),
            Csv("derivations.csv", () => IndexRunTables.Derivations(run)),
            Csv("sources.csv", () => IndexRunTables.Sources(run)),
            () => new OutputFile("rankings.json", RankingsJson.Render(view)),
            () => new OutputFile("rankings.xlsx", RankingsWorkbook.Render(Sheets(view, coverage, completeness, imputed))),
        ];
        var files = new OutputFile[renderers.Length];
        Parallel.For(0, renderers.Length, i => files[i] = renderers[i]());
        return [.. files, new OutputFile(RunManifest.FileName, RunManifest.Render(run, files))];
    }

    private static List<(string, OutputTable)> Sheets(IndexRunView view, OutputTable coverage, OutputTable completeness,
        OutputTable imputed)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sheets = new List<(string, OutputTable)>
        {
            (RankingsWorkbook.SheetName("About", taken), AboutSheet.Table(view.Run)),
            (RankingsWorkbook.SheetName("Index", taken), IndexRunTables.Rankings(view, latestFirst: true)),
        };
        foreach (var dimension in view.Dimensions)
        {
            sheets.Add((RankingsWorkbook.SheetName(dimension.Code, taken), IndexRunTables.Dimension(view, dimension.Code)));
        }

        sheets.Add((RankingsWorkbook.SheetName("Coverage", taken), coverage));
        sheets.Add((RankingsWorkbook.SheetName("Completeness", taken), completeness));
        sheets.Add((RankingsWorkbook.SheetName("Imputed", taken), imputed));
        return sheets;
    }
}
