using Gpsi.Core.Structure;
using Gpsi.Data.Editions;

namespace Gpsi.Api.Views;

/// <summary>
/// The catalogue sources behind each node of a run: an indicator's are those of the catalogue series it reads,
/// followed through derived series to their inputs, and of its denominator's series; an aggregate's are its
/// indicators'. Listed by source id.
/// </summary>
internal sealed class NodeSources(IndexRun run)
{
    private readonly Dictionary<string, Core.Derivation.DerivedSeries> derived =
        run.Recipe.Derived.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public IReadOnlyList<ApiSource> Of(string code)
    {
        var series = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in run.Recipe.Nodes.Where(n => n.Kind == NodeKind.Indicator && Under(n, code)))
        {
            Collect(node.Series ?? node.Code, series);
            if (node.Denominator is { } d)
            {
                Collect(run.Recipe.Variables.FirstOrDefault(v => v.Code == d.Code)?.Series ?? d.Code, series);
            }
        }

        return
        [
            .. run.Sources.Where(s => s.Series.Any(series.Contains)).Select(s =>
                new ApiSource(s.Id, s.Title, s.Publisher, s.Url, s.Licence, s.Vintage, s.File)),
        ];
    }

    /// <summary>Whether <paramref name="node"/> is the node <paramref name="code"/> or below it.</summary>
    private bool Under(Node node, string code)
    {
        for (var current = node; current is not null;
             current = run.Recipe.Nodes.FirstOrDefault(n => n.Code == current.Parent))
        {
            if (current.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    private void Collect(string series, HashSet<string> into)
    {
        if (!into.Add(series) || !derived.TryGetValue(series, out var d))
        {
            return;
        }

        foreach (var input in d.Rule.Inputs)
        {
            Collect(input, into);
        }
    }
}
