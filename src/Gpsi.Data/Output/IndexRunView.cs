using Gpsi.Data.Editions;

namespace Gpsi.Data.Output;

/// <summary>Lookups over an <see cref="IndexRun"/> that the output tables share: score rows by (year, ISO3, node),
/// countries by ISO3, the dimensions, and each year's countries in ranking order.</summary>
internal sealed class IndexRunView
{
    private readonly Dictionary<(int Year, string Iso3, string Node), ScoreRow> _scores = [];
    private readonly Dictionary<string, RunCountry> _countries;

    public IndexRunView(IndexRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Run = run;
        foreach (var row in run.Scores)
        {
            _scores[(row.Year, row.Iso3, row.Node)] = row;
        }

        _countries = run.Countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        var rootLevel = run.Nodes[0].Level;
        Dimensions = run.Nodes.Where(n => n.Level == 2 && n.Level < rootLevel).ToList();
    }

    public IndexRun Run { get; }

    /// <summary>The level-2 nodes (dimensions) in recipe order; empty when the root is itself level 2.</summary>
    public IReadOnlyList<RunNode> Dimensions { get; }

    public ScoreRow? Score(int year, string iso3, string node) => _scores.GetValueOrDefault((year, iso3, node));

    public ScoreRow? Root(int year, string iso3) => Score(year, iso3, Run.RootCode);

    public string NameOf(string iso3) => _countries.TryGetValue(iso3, out var c) ? c.Name : iso3;

    /// <summary>The children of a node, in recipe order.</summary>
    public IEnumerable<RunNode> ChildrenOf(string code) => Run.Nodes.Where(n => n.Parent == code);

    /// <summary>Every considered country in a year: ranked ones by index rank (ties by ISO3), then unranked by ISO3.</summary>
    public IReadOnlyList<RunCountry> InRankOrder(int year) => Run.Countries
        .OrderBy(c => Root(year, c.Iso3)?.Rank ?? int.MaxValue)
        .ThenBy(c => c.Iso3, StringComparer.Ordinal)
        .ToList();

    /// <summary>Whether the country has an index score in that year.</summary>
    public bool IsRanked(int year, string iso3) => Root(year, iso3)?.Score is not null;
}
