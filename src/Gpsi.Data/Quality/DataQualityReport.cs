using Gpsi.Core.Numerics;
using Gpsi.Core.Observations;
using Gpsi.Data.Loading;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Quality;

/// <summary>
/// What an analyst checks before trusting a data load: coverage of each indicator by year, countries with gaps inside
/// an indicator's span, and suspicious jumps between consecutive values.
/// </summary>
/// <param name="Coverage">One row per indicator, ordered by code.</param>
/// <param name="Gaps">Countries with missing years inside their own span, by indicator then country.</param>
/// <param name="Jumps">Suspicious jumps, strongest first.</param>
public sealed record DataQualityReport(
    IReadOnlyList<IndicatorCoverage> Coverage,
    IReadOnlyList<CoverageGap> Gaps,
    IReadOnlyList<SuspiciousJump> Jumps)
{
    /// <summary>
    /// A change is suspicious when its robust z-score reaches this (6 ≈ a six-sigma move for normally distributed
    /// changes). Changes are taken on log(1 + x) for non-negative kinds, so a tenfold rise counts the same at any level.
    /// </summary>
    public const double JumpThreshold = 6;

    /// <summary>Consecutive values further apart than this many years are not compared.</summary>
    public const int MaxYearsApart = 3;

    /// <summary>Builds the report from a load and the catalogue that produced it.</summary>
    /// <param name="load">The load.</param>
    /// <param name="sources">The catalogue sources (for each series' kind).</param>
    /// <param name="gapYears">Only missing years in this window count as gaps (null: all years). Event-driven series
    /// such as disasters 1900–2020 have "gaps" in every quiet year; the window keeps the list to the years that matter.</param>
    public static DataQualityReport Create(DataLoad load, IReadOnlyList<SourceEntry> sources,
        (int First, int Last)? gapYears = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(sources);
        var kinds = sources.SelectMany(s => s.Series).ToDictionary(s => s.Indicator, s => s.Kind, StringComparer.Ordinal);
        var coverage = new List<IndicatorCoverage>();
        var gaps = new List<CoverageGap>();
        var jumps = new List<SuspiciousJump>();
        foreach (var indicator in load.Observations.GroupBy(o => o.Indicator).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = indicator.ToList();
            var years = list.GroupBy(o => o.Year).ToDictionary(g => g.Key, g => g.Count());
            var first = list[0];
            coverage.Add(new IndicatorCoverage(indicator.Key, first.Provenance.SourceId, first.Provenance.Unit,
                years.Keys.Min(), years.Keys.Max(), list.Select(o => o.Country).Distinct().Count(),
                new SortedDictionary<int, int>(years)));
            var byCountry = list.GroupBy(o => o.Country.Value).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.OrderBy(o => o.Year).ToList()).ToList();
            gaps.AddRange(FindGaps(indicator.Key, byCountry, years, gapYears));
            var logScale = kinds.GetValueOrDefault(indicator.Key) is not ValueKind.Estimate;
            jumps.AddRange(FindJumps(indicator.Key, byCountry, logScale));
        }

        return new DataQualityReport(coverage, gaps,
            [.. jumps.OrderByDescending(j => j.Score).ThenBy(j => j.Indicator, StringComparer.Ordinal)
                .ThenBy(j => j.Country, StringComparer.Ordinal).ThenBy(j => j.ToYear)]);
    }

    private static IEnumerable<CoverageGap> FindGaps(string indicator, List<List<Observation>> byCountry,
        Dictionary<int, int> reportedYears, (int First, int Last)? window)
    {
        foreach (var series in byCountry)
        {
            var present = series.Select(o => o.Year).ToHashSet();
            var (first, last) = (series[0].Year, series[^1].Year);
            var missing = Enumerable.Range(first, last - first + 1)
                .Where(y => !present.Contains(y) && reportedYears.ContainsKey(y)
                    && (window is not { } w || (y >= w.First && y <= w.Last))).ToList();
            if (missing.Count > 0)
            {
                yield return new CoverageGap(indicator, series[0].Country.Value, first, last, missing);
            }
        }
    }

    private static IEnumerable<SuspiciousJump> FindJumps(string indicator, List<List<Observation>> byCountry, bool logScale)
    {
        var pairs = new List<(Observation From, Observation To, double Change)>();
        foreach (var series in byCountry)
        {
            for (var i = 1; i < series.Count; i++)
            {
                var (a, b) = (series[i - 1], series[i]);
                if (b.Year - a.Year > MaxYearsApart)
                {
                    continue;
                }

                var change = logScale && a.Value >= 0 && b.Value >= 0
                    ? Math.Log(1 + b.Value) - Math.Log(1 + a.Value)
                    : b.Value - a.Value;
                pairs.Add((a, b, change));
            }
        }

        if (pairs.Count < 20)
        {
            yield break;
        }

        var changes = pairs.Select(p => p.Change).ToArray();
        var median = Quantiles.Type7(changes, 0.5);
        var mad = Quantiles.Type7(changes.Select(c => Math.Abs(c - median)).ToArray(), 0.5) * 1.4826;
        if (!(mad > 0))
        {
            yield break;
        }

        foreach (var (from, to, change) in pairs)
        {
            var score = Math.Abs(change - median) / mad;
            if (score >= JumpThreshold)
            {
                yield return new SuspiciousJump(indicator, to.Country.Value, from.Year, from.Value, to.Year, to.Value,
                    score, to.Provenance.Line);
            }
        }
    }
}
