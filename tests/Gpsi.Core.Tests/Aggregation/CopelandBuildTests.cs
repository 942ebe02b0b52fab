using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Building;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Tests.Aggregation;

// Copeland through Builder.Run: expected scores by hand with COINr's rule (equal weights ½, ½; a pair split one-one
// is ½ → 0; both children higher → +1/−1).
public sealed class CopelandBuildTests
{
    private const double N = double.NaN;

    [Fact]
    public void Run_CopelandIndex_ScoresEachYearAndLeavesEmptyUnitsOut()
    {
        // 2020: x = 1 2 3 N, y = 1 3 2 N → U4 has nothing (NaN); U1 loses to both, U2–U3 split.
        // 2021: x = 4 3 2 1, y = 4 3 2 1 → a strict order: 3, 1, −1, −3.
        var build = Builder.Run(Recipe(null), Panel([1, 2, 3, N, 4, 3, 2, 1], [1, 3, 2, N, 4, 3, 2, 1]));

        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        Scores(build, 2020).ShouldBe([-2, 1, 1, N]);
        Scores(build, 2021).ShouldBe([3, 1, -1, -3]);
    }

    [Fact]
    public void Run_CopelandWithAvailabilityThreshold_LeavesIncompleteUnitsOutOfComparisons()
    {
        // U1 has only x (½ < 1): NaN, and U2..U4 are scored among themselves: x = 2 3 4, y = 1 5 0. U2 loses to U3
        // on both; the other pairs split. Were U1 compared (O = 0 against everyone), each of them would gain 1.
        var build = Builder.Run(Recipe(1.0), Panel([0, 2, 3, 4], [N, 1, 5, 0]));

        Scores(build, 2020).ShouldBe([N, -1, 1, 0]);
    }

    private static double[] Scores(Build build, int year) =>
        [.. build.Scores!.Slice(build.Scores.Columns.IndexOf("Index"), build.Scores.YearIndex(year))];

    private static Panel Panel(double[] x, double[] y)
    {
        var units = new Axis(["U1", "U2", "U3", "U4"]);
        ImmutableArray<int> years = x.Length == 8 ? [2020, 2021] : [2020];
        var data = new DataSet("Panel", units, new Axis(["x", "y"]), years, [.. x, .. y]);
        return new Panel(
            [.. units.Codes.Select(u => new Unit(u, u, ImmutableSortedDictionary<string, string>.Empty))], data);
    }

    private static Recipe Recipe(double? minAvailability) => new()
    {
        Name = "copeland-test",
        Nodes =
        [
            new Node { Code = "x", Kind = NodeKind.Indicator, Parent = "Index" },
            new Node { Code = "y", Kind = NodeKind.Indicator, Parent = "Index" },
            new Node { Code = "Index", Kind = NodeKind.Aggregate },
        ],
        Steps = [new Step.Aggregate(new AggregationMethod.Copeland(), MinAvailability: minAvailability)],
    };
}
