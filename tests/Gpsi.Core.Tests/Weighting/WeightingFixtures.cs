using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Tests.Weighting;

/// <summary>
/// A two-year panel of four units: group P = a, b, c (b missing for U2 in 2021; c runs against a and b) and group
/// Q = d, e, both under Index. The values are those of pca_reference.py.
/// </summary>
internal static class WeightingFixtures
{
    private const double N = double.NaN;

    public static readonly ImmutableArray<int> Years = [2020, 2021];

    public static Panel Panel(double[]? e = null)
    {
        // Each column is [2020: U1..U4, 2021: U1..U4].
        double[][] columns =
        [
            [1, 2, 3, 4, 2, 3, 5, 6],
            [2, 1, 4, 3, 3, N, 6, 5],
            [3, 3, 1, 0, 2, 1, 0, 1],
            [1, 2, 3, 4, 5, 6, 7, 8],
            e ?? [2, 1, 4, 3, 6, 5, 8, 7],
        ];
        var units = new Axis(["U1", "U2", "U3", "U4"]);
        var data = new DataSet("Panel", units, new Axis(["a", "b", "c", "d", "e"]), Years,
            [.. columns.SelectMany(c => c)]);
        return new Panel([.. units.Codes.Select(u => new Unit(u, u, ImmutableSortedDictionary<string, string>.Empty))],
            data);
    }

    public static Recipe Recipe(WeightingMethod weighting) => new()
    {
        Name = "pca-test",
        Nodes =
        [
            Indicator("a", "P"), Indicator("b", "P"), Indicator("c", "P"), Indicator("d", "Q"), Indicator("e", "Q"),
            new Node { Code = "P", Kind = NodeKind.Aggregate, Parent = "Index" },
            new Node { Code = "Q", Kind = NodeKind.Aggregate, Parent = "Index", Weight = 3 },
            new Node { Code = "Index", Kind = NodeKind.Aggregate },
        ],
        Steps = [new Step.Weight(weighting), new Step.Aggregate(new AggregationMethod.ArithmeticMean())],
    };

    private static Node Indicator(string code, string parent) =>
        new() { Code = code, Kind = NodeKind.Indicator, Parent = parent };
}
