using Gpsi.Core.Diagnostics;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Tests.Structure;

public sealed class IndexTreeTests
{
    private static Node Ind(string code, string parent) => new() { Code = code, Kind = NodeKind.Indicator, Parent = parent };

    private static Node Agg(string code, string? parent = null) => new() { Code = code, Kind = NodeKind.Aggregate, Parent = parent };

    [Fact]
    public void Create_ThreeLevels_ComputesLevelsAndOrder()
    {
        var diagnostics = new List<Diagnostic>();
        var tree = IndexTree.Create([Ind("a", "P"), Ind("b", "P"), Ind("c", "Q"), Agg("Index"), Agg("Q", "Index"), Agg("P", "Index")], diagnostics);
        tree.ShouldNotBeNull();
        tree.LevelOf.ShouldBe([1, 1, 1, 3, 2, 2]);
        tree.Aggregates.Select(i => tree.Nodes[i].Code).ShouldBe(["Q", "P", "Index"]);
        tree.Depth.ShouldBe(3);
    }

    [Fact]
    public void Create_UnknownParent_ReportsField()
    {
        var diagnostics = new List<Diagnostic>();
        IndexTree.Create([Ind("a", "Nope"), Agg("Index")], diagnostics).ShouldBeNull();
        diagnostics.ShouldContain(d => d.Code == "tree.unknown-parent" && d.Location!.Field == "nodes[0].parent");
    }

    [Fact]
    public void Create_Cycle_IsRejected()
    {
        var diagnostics = new List<Diagnostic>();
        IndexTree.Create([Ind("a", "P"), Agg("P", "Q"), Agg("Q", "P"), Agg("Index")], diagnostics).ShouldBeNull();
        diagnostics.ShouldContain(d => d.Code == "tree.cycle");
    }
}
