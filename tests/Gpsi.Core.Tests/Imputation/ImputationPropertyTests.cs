using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Building;
using Gpsi.Core.Imputation;
using Gpsi.Core.Numerics;
using Gpsi.Core.Recipes;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Imputation;

/// <summary>Properties every imputation method must have, over random panels with random gaps.</summary>
public sealed class ImputationPropertyTests
{
    private static readonly int[] Years = [2018, 2019, 2021];

    private static readonly ImputationMethod[] Methods =
    [
        new ImputationMethod.Mean(), new ImputationMethod.Median(), new ImputationMethod.GroupMean("g"),
        new ImputationMethod.GroupMedian("g"), new ImputationMethod.RowMean(2), new ImputationMethod.RowMean(3),
        new ImputationMethod.LatestAvailable(1), new ImputationMethod.LatestAvailable(3),
        new ImputationMethod.LinearInterpolation(), new ImputationMethod.LinearInterpolation(ExtendEnds: true),
    ];

    // About one cell in five is missing; values are sevenths so that means are not exact.
    private static readonly Gen<double> Cell = Gen.Choose(-1000, 1250).Select(i => i > 1000 ? double.NaN : i / 7.0);

    private static Gen<Case> Cases(Gen<ImputationMethod> methods) =>
        from units in Gen.Choose(2, 7)
        from cells in Gen.ArrayOf(Cell, 4 * Years.Length * units)
        from labels in Gen.ArrayOf(Gen.Elements("x", "y", "z", string.Empty), units)
        from method in methods
        select new Case(units, cells, labels, method);

    [Fact]
    public void Impute_AnyMethod_NeverChangesObservedValuesAndFlagsEveryFill() =>
        Prop.ForAll(Cases(Gen.Elements(Methods)).ToArbitrary(), c =>
        {
            var build = c.Build();
            if (!build.Succeeded)
            {
                return false;
            }

            var raw = build.Raw!;
            var imputed = build.Output("Imputed");
            var flagged = build.Imputed.ToDictionary(i => (i.Unit, i.Indicator, i.Year), i => i.Value);
            if (flagged.Count != build.Imputed.Length)
            {
                return false; // a cell flagged twice
            }

            foreach (var unit in raw.Units.Codes)
            {
                foreach (var column in raw.Columns.Codes)
                {
                    foreach (var year in Years)
                    {
                        var before = raw.Get(unit, column, year);
                        var after = imputed.Get(unit, column, year);
                        var ok = double.IsNaN(before)
                            ? flagged.TryGetValue((unit, column, year), out var value)
                                ? value.Equals(after) && !double.IsNaN(after)
                                : double.IsNaN(after)
                            : BitConverter.DoubleToInt64Bits(before) == BitConverter.DoubleToInt64Bits(after)
                                && !flagged.ContainsKey((unit, column, year));
                        if (!ok)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Mean_AnyColumnAndYear_LeavesTheMeanOfObservedValuesUnchanged() =>
        Prop.ForAll(Cases(Gen.Constant<ImputationMethod>(new ImputationMethod.Mean())).ToArbitrary(), c =>
        {
            var build = c.Build();
            var raw = build.Raw!;
            var imputed = build.Output("Imputed");
            for (var col = 0; col < raw.Columns.Count; col++)
            {
                for (var y = 0; y < Years.Length; y++)
                {
                    var observed = Moments.Mean(raw.Slice(col, y));
                    var after = imputed.Slice(col, y);
                    if (double.IsNaN(observed)
                        ? Moments.Count(after) != 0
                        : Moments.Count(after) != after.Length || Math.Abs(Moments.Mean(after) - observed) > 1e-9)
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    /// <summary>A random panel (units × a, b | c, d × three uneven years), group labels and a method.</summary>
    public sealed record Case(int Units, double[] Cells, string[] Labels, ImputationMethod Method)
    {
        public Build Build()
        {
            var units = Enumerable.Range(0, Units).Select(u => $"U{u}").ToArray();
            var block = Years.Length * Units;
            var panel = Panel(units, Years,
                    ("a", Cells[..block]), ("b", Cells[block..(2 * block)]), ("c", Cells[(2 * block)..(3 * block)]),
                    ("d", Cells[(3 * block)..]))
                // The first unit always has a label, so the group column exists.
                .WithGroup("g", [.. Labels.Select((l, i) => i == 0 ? "x" : l.Length == 0 ? null : l)]);
            return Builder.Run(Recipe(TwoPillars(), new Step.Impute(Method)), panel);
        }

        public override string ToString() =>
            $"{MethodSyntax.Format(Method)} over {Units} units: [{string.Join(", ", Cells)}], groups " +
            $"[{string.Join(", ", Labels)}]";
    }
}
