using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Tests.Normalisation;

/// <summary>
/// Tiny recipes and panels for tests that go through <see cref="Builder.Run"/> (normalisation, treatment,
/// aggregation, results). Units are <c>U1…Un</c>; values are given per column in the data set layout [year][unit].
/// </summary>
internal static class NormalisationFixtures
{
    public static Node Indicator(string code, string parent = "Index", Direction direction = Direction.Positive,
        double weight = 1, double? target = null, Goalposts? goalposts = null) => new()
        {
            Code = code,
            Kind = NodeKind.Indicator,
            Parent = parent,
            Direction = direction,
            Weight = weight,
            Target = target,
            Goalposts = goalposts,
        };

    public static Node Aggregate(string code, string? parent = null, double weight = 1) =>
        new() { Code = code, Kind = NodeKind.Aggregate, Parent = parent, Weight = weight };

    /// <summary>A panel of <paramref name="unitCount"/> units over <paramref name="years"/>.</summary>
    /// <param name="unitCount">Units U1…Un.</param>
    /// <param name="years">Years, ascending.</param>
    /// <param name="columns">Column code → values laid out [year][unit] (length years × units).</param>
    public static Panel Panel(int unitCount, int[] years, params (string Code, double[] Values)[] columns)
    {
        var units = Enumerable.Range(1, unitCount).Select(i => $"U{i}").ToArray();
        var values = new double[columns.Length * years.Length * unitCount];
        for (var c = 0; c < columns.Length; c++)
        {
            if (columns[c].Values.Length != years.Length * unitCount)
            {
                throw new ArgumentException($"Column {columns[c].Code} needs {years.Length * unitCount} values.");
            }

            columns[c].Values.CopyTo(values, c * years.Length * unitCount);
        }

        var data = new DataSet("Panel", new Axis(units), new Axis(columns.Select(c => c.Code)), [.. years], values);
        return new Panel([.. units.Select(u => new Unit(u, u, ImmutableSortedDictionary<string, string>.Empty))], data);
    }

    /// <summary>A single-year panel (year 2024).</summary>
    public static Panel Panel(params (string Code, double[] Values)[] columns) =>
        Panel(columns[0].Values.Length, [2024], columns);

    public static Recipe Recipe(IEnumerable<Node> nodes, params Step[] steps) =>
        new() { Name = "test", Nodes = [.. nodes], Steps = [.. steps] };

    /// <summary>A flat tree: the given indicators under one root <c>Index</c>.</summary>
    public static Recipe Flat(IEnumerable<Node> indicators, params Step[] steps) =>
        Recipe([.. indicators, Aggregate("Index")], steps);

    /// <summary>Builds and asserts success; returns the build.</summary>
    public static Build RunOk(Recipe recipe, Panel panel)
    {
        var build = Builder.Run(recipe, panel);
        build.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, build.Diagnostics));
        return build;
    }

    /// <summary>The values of <paramref name="column"/> in year index <paramref name="yearIndex"/>.</summary>
    public static double[] Values(DataSet? data, string column, int yearIndex = 0)
    {
        data.ShouldNotBeNull();
        return data.Slice(data.Columns.IndexOf(column), yearIndex).ToArray();
    }
}
