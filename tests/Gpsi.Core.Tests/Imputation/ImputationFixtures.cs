using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Tests.Imputation;

/// <summary>
/// Small recipes and panels for the denominate, screen and impute tests: nodes, a recipe of given steps, and a panel
/// whose columns are given as flat arrays laid out [year][unit].
/// </summary>
public static class ImputationFixtures
{
    /// <summary>A missing value.</summary>
    public const double NA = double.NaN;

    public static Node Indicator(string code, string parent, Direction direction = Direction.Positive,
        Denominator? denominator = null) =>
        new()
        {
            Code = code, Kind = NodeKind.Indicator, Parent = parent, Direction = direction, Denominator = denominator,
        };

    public static Node Aggregate(string code, string? parent = null) =>
        new() { Code = code, Kind = NodeKind.Aggregate, Parent = parent };

    /// <summary>Index → P1 (a, b), P2 (c, d), every direction +1.</summary>
    public static ImmutableArray<Node> TwoPillars() =>
    [
        Indicator("a", "P1"), Indicator("b", "P1"), Indicator("c", "P2"), Indicator("d", "P2"),
        Aggregate("P1", "Index"), Aggregate("P2", "Index"), Aggregate("Index"),
    ];

    /// <summary>Index → P (the given indicators), every direction +1.</summary>
    public static ImmutableArray<Node> OnePillar(params string[] indicators) =>
        [.. indicators.Select(i => Indicator(i, "P")), Aggregate("P", "Index"), Aggregate("Index")];

    public static Recipe Recipe(IEnumerable<Node> nodes, params Step[] steps) =>
        new() { Name = "test", Nodes = [.. nodes], Steps = [.. steps] };

    /// <summary>A panel of <paramref name="units"/> × <paramref name="years"/>; values are [year][unit].</summary>
    public static Panel Panel(string[] units, int[] years, params (string Code, double[] Values)[] columns)
    {
        var values = new double[columns.Length * years.Length * units.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c].Values.Length.ShouldBe(years.Length * units.Length, $"column {columns[c].Code}");
            columns[c].Values.CopyTo(values, c * years.Length * units.Length);
        }

        var data = new DataSet("Panel", new Axis(units), new Axis(columns.Select(c => c.Code)), [.. years], values);
        return new Panel([.. units.Select(u => new Unit(u, u, ImmutableSortedDictionary<string, string>.Empty))], data);
    }

    /// <summary>The same panel with group column <paramref name="group"/> labelling the units (null: none).</summary>
    public static Panel WithGroup(this Panel panel, string group, params string?[] labels)
    {
        labels.Length.ShouldBe(panel.Units.Length);
        var units = panel.Units.Select((u, i) =>
            labels[i] is { } label ? u with { Groups = u.Groups.SetItem(group, label) } : u);
        return new Panel([.. units], panel.Data);
    }

    /// <summary>The data set <paramref name="name"/> of the build, failing the test when it is absent.</summary>
    public static DataSet Output(this Build build, string name) => build.Find(name).ShouldNotBeNull();

    /// <summary>The values of one column and year, one per unit.</summary>
    public static double[] Values(this DataSet data, string column, int year) =>
        data.Slice(data.Columns.IndexOf(column), data.YearIndex(year)).ToArray();
}
