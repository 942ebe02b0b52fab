using Gpsi.Data.Editions;

namespace Gpsi.Web.Tests;

/// <summary>What the dashboard must show, read from the run built from the source files (the latest year).</summary>
internal static class RunFacts
{
    /// <summary>The latest edition year (the dashboard's default).</summary>
    public static int LatestYear(IndexRun run) => run.Years.Max();

    /// <summary>Root rows of the ranked countries in <paramref name="year"/>, by rank.</summary>
    public static IReadOnlyList<ScoreRow> Ranked(IndexRun run, int year) =>
        [.. run.Scores.Where(s => s.Year == year && s.Node == run.RootCode && s.Rank is not null).OrderBy(s => s.Rank)];

    /// <summary>The dimensions (the root's children) in recipe order.</summary>
    public static IReadOnlyList<RunNode> Dimensions(IndexRun run) => [.. run.Nodes.Where(n => n.Parent == run.RootCode)];

    /// <summary>A country's score on a node in a year; null when it has none.</summary>
    public static double? Score(IndexRun run, int year, string iso3, string node) =>
        run.Scores.FirstOrDefault(s => s.Year == year && s.Iso3 == iso3 && s.Node == node)?.Score;

    /// <summary>The ISO numeric ids of the world-atlas 110m features (the shared data's copy of world-atlas 2.0.2).</summary>
    public static IReadOnlySet<string> AtlasIds()
    {
        var data = Data.DataDirectory.Resolve() ?? throw new InvalidOperationException("../shared/data not found");
        return Reports.Maps.TopoJson.Read(Path.Combine(data, "geo", "countries-110m.json"))
            .Select(f => f.Id).Where(id => id.Length > 0).ToHashSet();
    }

    /// <summary>
    /// The what-if index of the recipe's root aggregation (amean): the weighted mean of a country's available
    /// dimension scores, the weights re-normalised over the available ones; NaN when none is available or all
    /// available weights are zero.
    /// </summary>
    public static double WhatIf(IndexRun run, int year, string iso3, IReadOnlyDictionary<string, double> weights)
    {
        double sum = 0, total = 0;
        foreach (var (code, weight) in weights)
        {
            if (Score(run, year, iso3, code) is { } score)
            {
                sum += weight * score;
                total += weight;
            }
        }

        return total > 0 ? sum / total : double.NaN;
    }
}
