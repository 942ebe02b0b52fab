using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Building;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Tests;

/// <summary>
/// A one-year build of six units: Index = amean(P, Q), P = amean(a, b) with b missing for U6, Q = amean(c, d, e)
/// where d dominates Q's variance, c runs against it and e hardly relates to it. Values as in
/// tests/Gpsi.Core.Tests/Audit/audit_reference.py; shared by the Core and Data tests.
/// </summary>
internal static class AuditFixtures
{
    public static Build Build()
    {
        double[][] columns =
        [
            [1, 2, 3, 4, 5, 6],
            [2, 1, 4, 3, 6, double.NaN],
            [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
            [60, 50, 40, 30, 20, 10],
            [1, -1, -1, 1, 1, -1],
        ];
        var units = new Axis(["U1", "U2", "U3", "U4", "U5", "U6"]);
        var data = new DataSet("Panel", units, new Axis(["a", "b", "c", "d", "e"]), [2024],
            [.. columns.SelectMany(c => c)]);
        var panel = new Panel(
            [.. units.Codes.Select(u => new Unit(u, u, ImmutableSortedDictionary<string, string>.Empty))], data);
        var recipe = new Recipe
        {
            Name = "audit-test",
            Nodes =
            [
                Indicator("a", "P"), Indicator("b", "P"), Indicator("c", "Q"), Indicator("d", "Q"),
                Indicator("e", "Q"),
                new Node { Code = "P", Kind = NodeKind.Aggregate, Parent = "Index" },
                new Node { Code = "Q", Kind = NodeKind.Aggregate, Parent = "Index" },
                new Node { Code = "Index", Kind = NodeKind.Aggregate },
            ],
            Steps = [new Step.Aggregate(new AggregationMethod.ArithmeticMean())],
        };
        return Builder.Run(recipe, panel);
    }

    private static Node Indicator(string code, string parent) =>
        new() { Code = code, Kind = NodeKind.Indicator, Parent = parent };
}
