using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Building;
using Gpsi.Core.Derivation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Data.Countries;

namespace Gpsi.Data.Editions;

/// <summary>Turns a successful build of a catalogue-based recipe into an <see cref="IndexRun"/>.</summary>
internal sealed class IndexRunResults(
    Recipe recipe,
    Build build,
    IReadOnlyList<Country> countries,
    CountryRegistry registry,
    SeriesLookup lookup)
{
    private readonly IndexTree _tree = build.Tree!;
    private readonly DataSet _scores = build.Scores!;
    private readonly RankTable _ranks = build.Ranks!;

    public IndexRun Create(string snapshotId, ImmutableArray<DerivationNote> notes,
        ImmutableArray<SourceSummary> sources, ImmutableArray<Diagnostic> diagnostics)
    {
        var nodes = Nodes();
        var years = recipe.Years.Order().ToImmutableArray();
        var values = new IndicatorValues(recipe, build, lookup);
        var scores = ImmutableArray.CreateBuilder<ScoreRow>();
        var valueRows = ImmutableArray.CreateBuilder<IndicatorValue>();
        var coverage = ImmutableArray.CreateBuilder<CoverageRow>();
        var completeness = ImmutableArray.CreateBuilder<CompletenessRow>();
        var excluded = ImmutableArray.CreateBuilder<ExclusionRow>();
        var root = _tree.Roots[0];
        foreach (var year in years)
        {
            var y = _scores.YearIndex(year);
            var ranked = Enumerable.Range(0, countries.Count)
                .Where(u => build.IsIncluded(y, u) && !double.IsNaN(_scores[root, y, u])).ToHashSet();
            scores.AddRange(Scores(year, y, ranked, nodes));
            for (var u = 0; u < countries.Count; u++)
            {
                var rows = values.For(year, u, ranked.Contains(u)).ToList();
                valueRows.AddRange(rows);
                completeness.Add(Completeness(year, countries[u].Iso3.Value, rows, ranked.Contains(u)));
                if (!ranked.Contains(u))
                {
                    excluded.Add(new ExclusionRow(year, countries[u].Iso3.Value,
                        ExclusionReason(year, countries[u].Iso3.Value, rows)));
                }
            }

            coverage.Add(Coverage(year, ranked));
        }

        return new IndexRun(recipe, RecipeHash.Compute(recipe), snapshotId, years,
            [.. countries.Select(ToRunCountry)], nodes, scores.ToImmutable(), valueRows.ToImmutable(),
            coverage.ToImmutable(), completeness.ToImmutable(), excluded.ToImmutable(), notes, sources, diagnostics);
    }

    private static RunCountry ToRunCountry(Country c) =>
        new(c.Iso3.Value, c.Iso2, c.Numeric ?? string.Empty, c.Name, c.IncomeGroup, c.WbRegion, c.M49Region,
            c.M49SubRegion, c.AreaKm2);

    /// <summary>Root first, then each lower level, each level in recipe order.</summary>
    private ImmutableArray<RunNode> Nodes() =>
    [
        .. Enumerable.Range(0, _tree.Nodes.Length)
            .OrderByDescending(i => _tree.LevelOf[i])
            .ThenBy(i => i)
            .Select(i =>
            {
                var n = _tree.Nodes[i];
                var key = (n.Kind == NodeKind.Indicator ? "indicators." : "aggregates.") + n.Code;
                return new RunNode(n.Code, n.Name ?? n.Code, n.Kind, _tree.LevelOf[i], n.Parent,
                    build.Weights.IsDefaultOrEmpty ? n.Weight : build.Weights[i], n.Direction, n.Unit, n.Type, n.Series,
                    recipe.Reasons.GetValueOrDefault(key));
            }),
    ];

    private IEnumerable<ScoreRow> Scores(int year, int y, HashSet<int> ranked, ImmutableArray<RunNode> nodes)
    {
        var root = _tree.Roots[0];
        var units = countries.Count;
        var income = new string?[units];
        var region = new string?[units];
        for (var u = 0; u < units; u++)
        {
            income[u] = registry.IncomeGroupIn(countries[u].Iso3, year);
            region[u] = registry.WbRegionIn(countries[u].Iso3, year);
        }

        var byNode = new Dictionary<string, (double[] Scores, int[] Ranks, int?[] IncomeRank, int?[] IncomeSize,
            double?[] IncomeMean, int?[] RegionRank, int?[] RegionSize)>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var c = _tree.IndexOf(node.Code);
            var s = new double[units];
            for (var u = 0; u < units; u++)
            {
                s[u] = ranked.Contains(u) ? _scores[c, y, u] : double.NaN;
            }

            var ranks = RankOf(s);
            var (incomeRank, incomeSize, incomeMean) = PeerRanks(s, income);
            var (regionRank, regionSize, _) = PeerRanks(s, region);
            byNode[node.Code] = (s, ranks, incomeRank, incomeSize, incomeMean, regionRank, regionSize);
        }

        var rootRanks = byNode[_tree.Nodes[root].Code].Ranks;
        var order = ranked.OrderBy(u => rootRanks[u] == 0 ? int.MaxValue : rootRanks[u])
            .ThenBy(u => countries[u].Iso3.Value, StringComparer.Ordinal);
        foreach (var u in order)
        {
            foreach (var node in nodes)
            {
                var r = byNode[node.Code];
                var score = r.Scores[u];
                yield return new ScoreRow(year, countries[u].Iso3.Value, node.Code,
                    double.IsNaN(score) ? null : score,
                    r.Ranks[u] == 0 ? null : r.Ranks[u],
                    node.Code == _tree.Nodes[root].Code ? Band(y, u) : null,
                    income[u], r.IncomeRank[u], r.IncomeSize[u], r.IncomeMean[u],
                    region[u], r.RegionRank[u], r.RegionSize[u]);
            }
        }
    }

    private string? Band(int y, int u)
    {
        var band = build.Bands![y, u];
        return band == 0 ? null : build.Bands.LabelOf(band);
    }

    private static int[] RankOf(double[] scores)
    {
        var ranks = new int[scores.Length];
        Ranking.Rank(scores, ranks, new int[scores.Length]);
        return ranks;
    }

    private static (int?[] Rank, int?[] Size, double?[] Mean) PeerRanks(double[] scores, string?[] groups)
    {
        var rank = new int?[scores.Length];
        var size = new int?[scores.Length];
        var mean = new double?[scores.Length];
        foreach (var group in groups.Where(g => g is not null).Distinct(StringComparer.Ordinal))
        {
            var members = Enumerable.Range(0, scores.Length)
                .Where(u => groups[u] == group && !double.IsNaN(scores[u])).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var memberScores = members.Select(u => scores[u]).ToArray();
            var memberRanks = RankOf(memberScores);
            var average = memberScores.Average();
            for (var i = 0; i < members.Length; i++)
            {
                rank[members[i]] = memberRanks[i];
                size[members[i]] = members.Length;
                mean[members[i]] = average;
            }
        }

        return (rank, size, mean);
    }

    private static CompletenessRow Completeness(int year, string iso3, List<IndicatorValue> rows, bool ranked) =>
        new(year, iso3, rows.Count,
            rows.Count(r => r.Status == ValueStatus.Observed),
            rows.Count(r => r.Status == ValueStatus.CarriedForward),
            rows.Count(r => r.Status == ValueStatus.BackCast),
            rows.Count(r => r.Status == ValueStatus.Imputed),
            rows.Count(r => r.Status == ValueStatus.Missing),
            ranked);

    /// <summary>The screen step's reason (the minimum-data rule), else why no index score could be computed.</summary>
    private string ExclusionReason(int year, string iso3, List<IndicatorValue> rows)
    {
        var screened = build.Screened.FirstOrDefault(s => s.Year == year && s.Unit == iso3);
        return screened is not null
            ? screened.Reason
            : $"{rows.Count(r => r.Status != ValueStatus.Missing)} of {rows.Count} indicators have a value, too few for an index score";
    }

    private CoverageRow Coverage(int year, HashSet<int> ranked)
    {
        var populationSeries = recipe.Variables.FirstOrDefault(v => v.Role == VariableRole.Denominator
            && (v.Series ?? v.Code) == "population")?.Series ?? "population";
        double world = 0, covered = 0, worldArea = 0, coveredArea = 0;
        var rankedCodes = ranked.Select(u => countries[u].Iso3.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var country in registry.Countries)
        {
            var code = country.Iso3.Value;
            var population = lookup.Find(populationSeries, code, year)?.Value ?? 0;
            world += population;
            worldArea += country.AreaKm2 ?? 0;
            if (rankedCodes.Contains(code))
            {
                covered += population;
                coveredArea += country.AreaKm2 ?? 0;
            }
        }

        return new CoverageRow(year, countries.Count, ranked.Count, world > 0 ? covered / world : 0,
            worldArea > 0 ? coveredArea / worldArea : 0, covered, world);
    }
}
