using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Audit;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Tests.Audit;

// Index = amean(a, b, c, d) with d's weight 0, no normalisation. Scores and ranks by hand:
//        a  b  c    d    nominal            without a        without b        without c
// U1     9  1  5    0    15/3 = 5     #1    (1+5)/2 = 3  #2  (9+5)/2 = 7  #1  (9+1)/2 = 5    #2
// U2     1  8  3  100    12/3 = 4     #2    (8+3)/2 = 5.5 #1 (1+3)/2 = 2  #3  (1+8)/2 = 4.5  #3
// U3     6  5  0   50    11/3 = 3.67  #3    (5+0)/2 = 2.5 #3 (6+0)/2 = 3  #2  (6+5)/2 = 5.5  #1
// U4     2  2  1.5  7    5.5/3 = 1.83 #4    1.75          #4 1.75         #4  2              #4
// Shifts (nominal − without): a: −1, +1, 0, 0 (mean 0.5, max 1); b: 0, −1, +1, 0 (0.5, 1); c: −1, −1, +2, 0 (1, 2).
public sealed class LeaveOneOutTests
{
    [Fact]
    public void Run_HandPanel_MatchesHandComputedShifts()
    {
        var result = LeaveOneOut.Run(Recipe(), Panel(), 2024, [])!;

        result.IndexCode.ShouldBe("Index");
        result.Units.ShouldBe(["U1", "U2", "U3", "U4"]);
        result.NominalRanks.ShouldBe([1, 2, 3, 4]);
        result.Removals.Select(r => r.Indicator).ShouldBe(["a", "b", "c", "d"]);
        var a = result.Removals[0];
        a.Ranks.ShouldBe([2, 1, 3, 4]);
        a.MeanAbsoluteShift.ShouldBe(0.5);
        a.MaxAbsoluteShift.ShouldBe(1);
        a.Compared.ShouldBe(4);
        a.LargestShifts.Select(s => (s.Unit, s.Shift)).ShouldBe([("U1", -1), ("U2", 1)]);
        result.Removals[1].Ranks.ShouldBe([1, 3, 2, 4]);
        result.Removals[1].MeanAbsoluteShift.ShouldBe(0.5);
        var c = result.Removals[2];
        c.Ranks.ShouldBe([2, 3, 1, 4]);
        c.MeanAbsoluteShift.ShouldBe(1);
        c.MaxAbsoluteShift.ShouldBe(2);
        c.LargestShifts[0].ShouldBe(new RankShift("U3", 3, 1));
        c.LargestShifts.Select(s => s.Unit).ShouldBe(["U3", "U1", "U2"]);
        result.Shift(2, 2).ShouldBe(2);
        result.Shift(2, 0).ShouldBe(-1);
    }

    [Fact]
    public void Run_ZeroWeightIndicator_HasNoEffect()
    {
        var d = LeaveOneOut.Run(Recipe(), Panel(), 2024, [])!.Removals[3];

        d.Weight.ShouldBe(0);
        d.Built.ShouldBeTrue();
        d.Ranks.ShouldBe([1, 2, 3, 4]);
        d.MeanAbsoluteShift.ShouldBe(0);
        d.MaxAbsoluteShift.ShouldBe(0);
        d.LargestShifts.ShouldBeEmpty();
    }

    [Fact]
    public void Run_ZeroWeightIndicator_AnyValues_NeverMovesARank()
    {
        Prop.ForAll(Gen.Choose(-1000, 1000).Select(i => i / 10.0).ArrayOf(4).ToArbitrary(), values =>
        {
            var result = LeaveOneOut.Run(Recipe(), Panel(values), 2024, [])!;
            var d = result.Removals[3];
            return d.MeanAbsoluteShift == 0 && d.Ranks.SequenceEqual(result.NominalRanks);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Run_OnlyChildRemoved_ReportsTheFailedBuildAndKeepsTheOthers()
    {
        var recipe = Recipe() with
        {
            Nodes = [.. Recipe().Nodes.Where(n => n.Code != "c"), Indicator("c", "C", 1),
                new Node { Code = "C", Kind = NodeKind.Aggregate, Parent = "Index" }],
        };

        var result = LeaveOneOut.Run(recipe, Panel(), 2024, [])!;

        var c = result.Removals.Single(r => r.Indicator == "c");
        c.Built.ShouldBeFalse();
        c.Parent.ShouldBe("C");
        c.Problems[0].Message.ShouldStartWith("Without 'c':");
        double.IsNaN(c.MeanAbsoluteShift).ShouldBeTrue();
        result.Removals.Where(r => r.Indicator != "c").ShouldAllBe(r => r.Built);
    }

    [Fact]
    public void Run_NominalDoesNotBuild_ReturnsNullWithErrors()
    {
        var diagnostics = new List<Diagnostic>();
        var broken = Recipe() with { Nodes = [.. Recipe().Nodes, Indicator("zz", "Missing", 1)] };

        LeaveOneOut.Run(broken, Panel(), 2024, diagnostics).ShouldBeNull();
        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.Message.StartsWith("In the nominal recipe:", StringComparison.Ordinal));
        Should.Throw<ArgumentOutOfRangeException>(() => LeaveOneOut.Run(Recipe(), Panel(), 2023, []));
    }

    private static Recipe Recipe() => new()
    {
        Name = "loo-test",
        Nodes =
        [
            Indicator("a", "Index", 1), Indicator("b", "Index", 1), Indicator("c", "Index", 1),
            Indicator("d", "Index", 0), new Node { Code = "Index", Kind = NodeKind.Aggregate },
        ],
        Steps = [new Step.Aggregate(new AggregationMethod.ArithmeticMean())],
    };

    private static Panel Panel(double[]? d = null)
    {
        double[] values =
        [
            9, 1, 6, 2,
            1, 8, 5, 2,
            5, 3, 0, 1.5,
            0, 100, 50, 7,
        ];
        if (d is not null)
        {
            // Only d varies: a, b and c stay as above.
            Array.Copy(d, 0, values, 12, 4);
        }

        var units = new Axis(["U1", "U2", "U3", "U4"]);
        var data = new DataSet("Panel", units, new Axis(["a", "b", "c", "d"]), [2024], values);
        return new Panel([.. units.Codes.Select(u => new Unit(u, u, ImmutableSortedDictionary<string, string>.Empty))], data);
    }

    private static Node Indicator(string code, string parent, double weight) =>
        new() { Code = code, Kind = NodeKind.Indicator, Parent = parent, Weight = weight };
}
