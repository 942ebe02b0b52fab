using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Audit;
using Gpsi.Core.Panels;

namespace Gpsi.Core.Tests.Audit;

public sealed class CorrelationMatrixTests
{
    [Fact]
    public void Compute_RectangularSets_CorrelatesRowsWithColumns()
    {
        // Reference values from audit_reference.py: x = 1 2 2 NaN 5 2 3 and y = 2 NaN 3 4 3 9 1.
        const double N = double.NaN;
        var data = new DataSet("t", new Axis(["u1", "u2", "u3", "u4", "u5", "u6", "u7"]), new Axis(["x", "y"]),
            [2024], [1, 2, 2, N, 5, 2, 3, 2, N, 3, 4, 3, 9, 1]);

        var m = CorrelationMatrix.Compute(data, 0, ["x"], ["x", "y"], CorrelationMethod.Spearman);

        m.RowCodes.ShouldBe(["x"]);
        m["x", "y"].ShouldBe(-0.02631578947368421, 1e-14);
        m["x", "x"].ShouldBe(1, 1e-14);
        m.Pairs(0, 1).ShouldBe(5);
    }

    [Fact]
    public void Compute_IncludedMask_LeavesUnitsOut()
    {
        var data = new DataSet("t", new Axis(["u1", "u2", "u3", "u4"]), new Axis(["x", "y"]), [2024],
            [1, 2, 3, 100, 1, 2, 3, -100]);

        var m = CorrelationMatrix.Compute(data, 0, ["x"], ["y"], CorrelationMethod.Pearson, [true, true, true, false]);

        m[0, 0].ShouldBe(1, 1e-15);
        m.Pairs(0, 0).ShouldBe(3);
    }

    [Fact]
    public void Compute_UnknownCode_Throws()
    {
        var data = new DataSet("t", new Axis(["u1"]), new Axis(["x"]), [2024], [1]);

        Should.Throw<ArgumentException>(() =>
            CorrelationMatrix.Compute(data, 0, ["x"], ["nope"], CorrelationMethod.Pearson));
    }

    [Fact]
    public void Compute_AnyData_IsSymmetricWithinUnitInterval()
    {
        // Property: over random columns with ties and missing values (NaN drawn as −1), both coefficients give a
        // symmetric matrix whose entries are NaN or within [−1, 1], and whose pair counts are symmetric too.
        var gen = Gen.Choose(1, 4).SelectMany(columns => Gen.Choose(0, 9).SelectMany(rows =>
            Gen.ArrayOf(Gen.Choose(-1, 5), columns * rows).Select(v => (Columns: columns, Rows: rows, Values: v))));
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var values = c.Values.Select(v => v < 0 ? double.NaN : v * 1.5).ToArray();
            var codes = Enumerable.Range(0, c.Columns).Select(i => $"c{i}").ToArray();
            return new[] { CorrelationMethod.Pearson, CorrelationMethod.Spearman }.All(method =>
            {
                var m = CorrelationMatrix.Compute(values, codes, values, codes, c.Rows, method);
                for (var i = 0; i < c.Columns; i++)
                {
                    for (var j = 0; j < c.Columns; j++)
                    {
                        var r = m[i, j];
                        var same = r.Equals(m[j, i]) && m.Pairs(i, j) == m.Pairs(j, i);
                        if (!same || !(double.IsNaN(r) || Math.Abs(r) <= 1))
                        {
                            return false;
                        }
                    }
                }

                return true;
            });
        }).QuickCheckThrowOnFailure();
    }
}
