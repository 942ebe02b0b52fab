using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;

namespace Gpsi.Core.Structure;

/// <summary>
/// The index tree compiled from a flat list of <see cref="Node"/>s: indices, children, levels, and the order in which
/// aggregates are computed. Created only through <see cref="Create"/>, which rejects unknown parents, cycles,
/// duplicate codes, childless aggregates and indicators with children, so an invalid tree cannot exist.
/// </summary>
public sealed class IndexTree
{
    private readonly Dictionary<string, int> _indexOf;

    private IndexTree(ImmutableArray<Node> nodes, Dictionary<string, int> indexOf, int[] parent, int[][] children,
        int[] level)
    {
        Nodes = nodes;
        _indexOf = indexOf;
        ParentOf = [.. parent];
        ChildrenOf = [.. children.Select(c => c.ToImmutableArray())];
        LevelOf = [.. level];
        Depth = level.Length == 0 ? 0 : level.Max();
        Indicators = [.. Enumerable.Range(0, nodes.Length).Where(i => nodes[i].Kind == NodeKind.Indicator)];
        Aggregates = [.. Enumerable.Range(0, nodes.Length)
            .Where(i => nodes[i].Kind == NodeKind.Aggregate)
            .OrderBy(i => level[i]).ThenBy(i => i)];
        Roots = [.. Enumerable.Range(0, nodes.Length).Where(i => parent[i] < 0)];
        NodeAxis = new Axis(nodes.Select(n => n.Code));
        IndicatorAxis = new Axis(Indicators.Select(i => nodes[i].Code));
    }

    /// <summary>Every node code in recipe order, as an axis (the columns of the aggregated data set).</summary>
    public Axis NodeAxis { get; }

    /// <summary>The indicator codes in recipe order, as an axis (the columns of indicator data sets).</summary>
    public Axis IndicatorAxis { get; }

    /// <summary>The nodes in recipe order.</summary>
    public ImmutableArray<Node> Nodes { get; }

    /// <summary>Index of each node's parent, −1 for a root.</summary>
    public ImmutableArray<int> ParentOf { get; }

    /// <summary>Indices of each node's children, in recipe order; empty for indicators.</summary>
    public ImmutableArray<ImmutableArray<int>> ChildrenOf { get; }

    /// <summary>Level of each node: 1 for indicators, 1 + the highest child level for aggregates.</summary>
    public ImmutableArray<int> LevelOf { get; }

    /// <summary>The highest level (the index's level in a balanced tree).</summary>
    public int Depth { get; }

    /// <summary>Indicator node indices in recipe order.</summary>
    public ImmutableArray<int> Indicators { get; }

    /// <summary>Aggregate node indices by level, then recipe order: the order in which they are computed.</summary>
    public ImmutableArray<int> Aggregates { get; }

    /// <summary>Nodes without a parent (normally one: the index).</summary>
    public ImmutableArray<int> Roots { get; }

    /// <summary>The node index of <paramref name="code"/>, or −1.</summary>
    public int IndexOf(string code) => _indexOf.GetValueOrDefault(code, -1);

    /// <summary>The node with <paramref name="code"/>; throws when absent.</summary>
    public Node this[string code] => Nodes[_indexOf[code]];

    /// <summary>
    /// Compiles <paramref name="nodes"/>. On failure returns null and at least one error; each error's location comes
    /// from <paramref name="locate"/> (node position and field name → location), so readers can name recipe lines.
    /// </summary>
    public static IndexTree? Create(IReadOnlyList<Node> nodes, List<Diagnostic> diagnostics,
        Func<int, string, SourceLocation?>? locate = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(diagnostics);
        locate ??= (i, field) => new SourceLocation(Field: $"nodes[{i}].{field}");
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var indexOf = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!indexOf.TryAdd(nodes[i].Code, i))
            {
                diagnostics.Add(Diagnostic.Error("tree.duplicate-code", $"Node code '{nodes[i].Code}' is used twice.",
                    locate(i, "code"), nodes[i].Code, "a code not used by another indicator or aggregate"));
            }
        }

        var parent = new int[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            parent[i] = -1;
            if (nodes[i].Parent is not { } p)
            {
                continue;
            }

            if (!indexOf.TryGetValue(p, out var pi))
            {
                diagnostics.Add(Diagnostic.Error("tree.unknown-parent",
                    $"Parent '{p}' of '{nodes[i].Code}' does not exist.", locate(i, "parent"), p,
                    "the code of an aggregate in this recipe"));
            }
            else if (nodes[pi].Kind != NodeKind.Aggregate)
            {
                diagnostics.Add(Diagnostic.Error("tree.parent-not-aggregate",
                    $"Parent '{p}' of '{nodes[i].Code}' is an indicator.", locate(i, "parent"), p,
                    "the code of an aggregate"));
            }
            else
            {
                parent[i] = pi;
            }
        }

        var children = new List<int>[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            children[i] = [];
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            if (parent[i] >= 0)
            {
                children[parent[i]].Add(i);
            }
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Kind == NodeKind.Aggregate && children[i].Count == 0)
            {
                diagnostics.Add(Diagnostic.Error("tree.empty-aggregate",
                    $"Aggregate '{nodes[i].Code}' has no children.", locate(i, "code"), nodes[i].Code,
                    "at least one indicator or aggregate naming it as parent"));
            }

            if (!(nodes[i].Weight >= 0) || double.IsInfinity(nodes[i].Weight))
            {
                diagnostics.Add(Diagnostic.Error("tree.bad-weight", $"Weight of '{nodes[i].Code}' is not usable.",
                    locate(i, "weight"), nodes[i].Weight.ToString("R"), "a finite number ≥ 0"));
            }
        }

        var level = new int[nodes.Count];
        var state = new byte[nodes.Count]; // 0 unvisited, 1 on stack, 2 done
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!ComputeLevel(i, children, level, state))
            {
                diagnostics.Add(Diagnostic.Error("tree.cycle",
                    $"'{nodes[i].Code}' is its own ancestor: the parents form a cycle.", locate(i, "parent"),
                    nodes[i].Parent, "a tree: following parents must end at the index"));
                break;
            }
        }

        if (nodes.Count > 0 && !Enumerable.Range(0, nodes.Count).Any(i => parent[i] < 0 && nodes[i].Parent is null))
        {
            diagnostics.Add(Diagnostic.Error("tree.no-root", "No node is the root (every node has a parent).",
                locate(0, "parent"), null, "exactly one aggregate without a parent"));
        }

        if (diagnostics.Count(d => d.Severity == Severity.Error) > errors)
        {
            return null;
        }

        return new IndexTree([.. nodes], indexOf, parent, [.. children.Select(c => c.ToArray())], level);
    }

    private static bool ComputeLevel(int i, List<int>[] children, int[] level, byte[] state)
    {
        // Iterative-enough recursion: depth is the tree depth, which is small in any real index.
        if (state[i] == 2)
        {
            return true;
        }

        if (state[i] == 1)
        {
            return false;
        }

        state[i] = 1;
        var l = 1;
        foreach (var c in children[i])
        {
            if (!ComputeLevel(c, children, level, state))
            {
                return false;
            }

            l = Math.Max(l, level[c] + 1);
        }

        level[i] = l;
        state[i] = 2;
        return true;
    }
}
