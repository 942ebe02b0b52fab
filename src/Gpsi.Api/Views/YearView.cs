using System.Collections.Frozen;
using System.Collections.Immutable;
using Gpsi.Api.Serving;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Data.Editions;

namespace Gpsi.Api.Views;

/// <summary>
/// One year's current edition prepared for answering: the tree, each node's rows in rank order, the countries, and
/// the values a filter accepts. Built once per <see cref="ServedIndex"/> (through <see cref="ApiView"/>).
/// </summary>
internal sealed class YearView
{
    private static readonly string[] IncomeOrder =
        ["High income", "Upper middle income", "Lower middle income", "Low income"];

    public YearView(ServedEdition served)
    {
        Served = served;
        var run = served.Run;
        Root = run.Nodes[0];
        Nodes = run.Nodes.ToFrozenDictionary(n => n.Code, StringComparer.Ordinal);
        Dimensions = [.. run.Nodes.Where(n => n.Level == 2 && n.Level < Root.Level)];
        Indicators = [.. run.Nodes.Where(n => n.Kind == NodeKind.Indicator)];
        DimensionOf = Indicators.ToFrozenDictionary(n => n.Code, n => Ancestor(n, 2), StringComparer.Ordinal);
        Countries = run.Countries.ToFrozenDictionary(c => c.Iso3, StringComparer.Ordinal);
        SourceTitles = run.Sources.ToFrozenDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        var rows = run.Scores.Where(r => r.Year == Year).ToList();
        RowsByNode = rows.GroupBy(r => r.Node, StringComparer.Ordinal).ToFrozenDictionary(
            g => g.Key,
            g => g.OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.Iso3, StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);
        var rootRows = RowsByNode.GetValueOrDefault(Root.Code, []);
        Regions = [.. rootRows.Select(r => r.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
        IncomeGroups = [.. rootRows.Select(r => r.IncomeGroup).OfType<string>().Distinct()
            .OrderBy(g => Array.IndexOf(IncomeOrder, g) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(g => g, StringComparer.Ordinal)];
        Bands = run.Recipe.Bands is BandRule.Fixed f
            ? [.. f.Labels]
            : [.. rootRows.Select(r => r.Band).OfType<string>().Distinct()];
    }

    public ServedEdition Served { get; }

    public int Year => Served.Year;

    public string EditionId => Served.Edition.Id;

    public string RecipeHash => Served.Edition.RecipeHash;

    public IndexRun Run => Served.Run;

    public RunNode Root { get; }

    public FrozenDictionary<string, RunNode> Nodes { get; }

    /// <summary>The level-2 nodes in recipe order (empty when the root is level 2).</summary>
    public ImmutableArray<RunNode> Dimensions { get; }

    public ImmutableArray<RunNode> Indicators { get; }

    /// <summary>Each indicator's level-2 ancestor (null when the tree has no level 2 below the root).</summary>
    public FrozenDictionary<string, string?> DimensionOf { get; }

    public FrozenDictionary<string, RunCountry> Countries { get; }

    /// <summary>The catalogue sources' titles by id.</summary>
    public FrozenDictionary<string, string> SourceTitles { get; }

    /// <summary>Each node's rows (ranked countries only) in rank order, no score last, ties by ISO3.</summary>
    public FrozenDictionary<string, ImmutableArray<ScoreRow>> RowsByNode { get; }

    /// <summary>The World Bank regions of the year's ranked countries, sorted.</summary>
    public ImmutableArray<string> Regions { get; }

    /// <summary>The income groups of the year's ranked countries, richest first.</summary>
    public ImmutableArray<string> IncomeGroups { get; }

    /// <summary>The band labels, best first.</summary>
    public ImmutableArray<string> Bands { get; }

    public ImmutableArray<ScoreRow> RootRows => RowsByNode.GetValueOrDefault(Root.Code, []);

    private string? Ancestor(RunNode node, int level)
    {
        var current = node;
        while (current.Level < level && current.Parent is { } parent && Nodes.TryGetValue(parent, out var up))
        {
            current = up;
        }

        return current.Level == level && current.Code != Root.Code ? current.Code : null;
    }
}
