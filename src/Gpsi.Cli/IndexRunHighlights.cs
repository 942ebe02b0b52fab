using Gpsi.Data.Editions;

namespace Gpsi.Cli;

/// <summary>
/// What the end-of-build summary shows, computed from an <see cref="IndexRun"/>: the latest edition's top and bottom
/// ten (disjoint: with fewer than 20 ranked countries the bottom list holds only those not in the top list) and the
/// largest rank movers between the last two editions among countries ranked in both (up to five risers and five
/// fallers, largest change first, ties by ISO3).
/// </summary>
internal sealed record IndexRunHighlights(
    int? Latest,
    int? Previous,
    IReadOnlyList<ScoreRow> Top,
    IReadOnlyList<ScoreRow> Bottom,
    IReadOnlyList<IndexRunHighlights.Move> Risers,
    IReadOnlyList<IndexRunHighlights.Move> Fallers)
{
    public const int Listed = 10;
    public const int Movers = 5;

    /// <summary>A country's rank and score in the previous and the latest edition.</summary>
    internal sealed record Move(string Iso3, int FromRank, int ToRank, double FromScore, double ToScore)
    {
        /// <summary>Places gained (positive) or lost (negative).</summary>
        public int Change => FromRank - ToRank;
    }

    public static IndexRunHighlights Of(IndexRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        int? latest = run.Years.IsDefaultOrEmpty ? null : run.Years[^1];
        int? previous = run.Years.Length >= 2 ? run.Years[^2] : null;
        var ranked = RootRows(run, latest);
        var top = ranked.Take(Listed).ToList();
        var bottom = ranked.Skip(top.Count).TakeLast(Listed).ToList();
        var before = RootRows(run, previous).ToDictionary(r => r.Iso3, StringComparer.Ordinal);
        var moves = ranked.Where(r => before.ContainsKey(r.Iso3))
            .Select(r => new Move(r.Iso3, before[r.Iso3].Rank!.Value, r.Rank!.Value, before[r.Iso3].Score!.Value, r.Score!.Value))
            .ToList();
        return new IndexRunHighlights(latest, previous, top, bottom,
            [.. moves.Where(m => m.Change > 0).OrderByDescending(m => m.Change).ThenBy(m => m.Iso3, StringComparer.Ordinal).Take(Movers)],
            [.. moves.Where(m => m.Change < 0).OrderBy(m => m.Change).ThenBy(m => m.Iso3, StringComparer.Ordinal).Take(Movers)]);
    }

    /// <summary>The root rows with a score and rank in a year, by rank then ISO3.</summary>
    private static List<ScoreRow> RootRows(IndexRun run, int? year) => year is not { } y
        ? []
        : [.. run.Scores.Where(s => s.Year == y && s.Node == run.RootCode && s.Score is not null && s.Rank is not null)
            .OrderBy(s => s.Rank).ThenBy(s => s.Iso3, StringComparer.Ordinal)];
}
