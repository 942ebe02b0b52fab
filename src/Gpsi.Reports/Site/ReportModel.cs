using System.Collections.Immutable;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Data.Editions;

namespace Gpsi.Reports.Site;

/// <summary>Look-ups over an <see cref="IndexRun"/> that every page needs.</summary>
internal sealed class ReportModel
{
    private readonly Dictionary<(int Year, string Iso3, string Node), ScoreRow> _scores = [];
    private readonly Dictionary<(int Year, string Iso3), List<IndicatorValue>> _values = [];
    private readonly Dictionary<(int Year, string Iso3), ExclusionRow> _excluded = [];

    public ReportModel(IndexRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Years.IsEmpty || run.Nodes.IsEmpty)
        {
            throw new ArgumentException("The run has no years or no nodes.", nameof(run));
        }

        Run = run;
        Latest = run.Years[^1];
        Previous = run.Years.Length > 1 ? run.Years[^2] : null;
        Root = run.Nodes[0];
        Dimensions = [.. run.Nodes.Where(n => n.Parent == Root.Code)];
        Indicators = [.. run.Nodes.Where(n => n.Kind == NodeKind.Indicator)];
        Countries = run.Countries.ToImmutableSortedDictionary(c => c.Iso3, c => c, StringComparer.Ordinal);
        foreach (var s in run.Scores)
        {
            _scores[(s.Year, s.Iso3, s.Node)] = s;
        }

        foreach (var v in run.Values)
        {
            if (!_values.TryGetValue((v.Year, v.Iso3), out var list))
            {
                _values[(v.Year, v.Iso3)] = list = [];
            }

            list.Add(v);
        }

        foreach (var e in run.Excluded)
        {
            _excluded[(e.Year, e.Iso3)] = e;
        }

        BandLabels = run.Recipe.Bands switch
        {
            BandRule.Fixed f => f.Labels,
            BandRule.Quantile { Count: 5 } => BandRule.DefaultLabels,
            BandRule.Quantile q => [.. Enumerable.Range(1, q.Count).Select(i => $"Band {i}")],
            _ => BandRule.DefaultLabels,
        };
    }

    public IndexRun Run { get; }

    /// <summary>The statistical audit of the latest edition, when the report has an audit page.</summary>
    public Gpsi.Core.Audit.IndexAudit? Audit { get; init; }

    public int Latest { get; }

    public int? Previous { get; }

    public RunNode Root { get; }

    public ImmutableArray<RunNode> Dimensions { get; }

    public ImmutableArray<RunNode> Indicators { get; }

    public ImmutableSortedDictionary<string, RunCountry> Countries { get; }

    public ImmutableArray<string> BandLabels { get; }

    public ScoreRow? Score(int year, string iso3, string node) => _scores.GetValueOrDefault((year, iso3, node));

    public ScoreRow? Index(int year, string iso3) => Score(year, iso3, Root.Code);

    public IReadOnlyList<IndicatorValue> Values(int year, string iso3) =>
        _values.TryGetValue((year, iso3), out var list) ? list : [];

    public ExclusionRow? Excluded(int year, string iso3) => _excluded.GetValueOrDefault((year, iso3));

    /// <summary>The ranked countries of <paramref name="year"/> by rank, then ISO3.</summary>
    public ImmutableArray<ScoreRow> Ranking(int year) =>
        [.. Run.Scores.Where(s => s.Year == year && s.Node == Root.Code && s.Rank is not null)
            .OrderBy(s => s.Rank).ThenBy(s => s.Iso3, StringComparer.Ordinal)];

    public CoverageRow? Coverage(int year) => Run.Coverage.FirstOrDefault(c => c.Year == year);

    public string Name(string iso3) => Countries.TryGetValue(iso3, out var c) ? c.Name : iso3;

    /// <summary>The band's position (0 = best) among the labels, or −1.</summary>
    public int BandIndex(string? label) => label is null ? -1 : BandLabels.IndexOf(label);

    /// <summary>Ranks gained since the previous edition (positive = better), or null when not ranked in both.</summary>
    public int? RankChange(string iso3)
    {
        if (Previous is not { } previous || Index(Latest, iso3)?.Rank is not { } now
            || Index(previous, iso3)?.Rank is not { } before)
        {
            return null;
        }

        return before - now;
    }
}
