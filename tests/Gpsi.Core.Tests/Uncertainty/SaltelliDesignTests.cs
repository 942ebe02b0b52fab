using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Uncertainty;

namespace Gpsi.Core.Tests.Uncertainty;

public sealed class SaltelliDesignTests
{
    [Fact]
    public void Create_HasNTimesDPlus2Rows_AbIIsAWithColumnIFromB()
    {
        Prop.ForAll(Gen.Choose(2, 40).ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), ArbMap.Default.ArbFor<int>(), (n, d, seed) =>
        {
            var design = SaltelliDesign.Create(n, d, seed);
            var x = design.Draws;
            design.Rows.ShouldBe(n * (d + 2));
            x.Length.ShouldBe(design.Rows * d);
            x.ShouldAllBe(v => v >= 0 && v < 1);
            for (var i = 0; i < d; i++)
            {
                design.FirstRowOf(i).ShouldBe((2 + i) * n);
                for (var r = 0; r < n; r++)
                {
                    for (var c = 0; c < d; c++)
                    {
                        var ab = x[((design.FirstRowOf(i) + r) * d) + c];
                        ab.ShouldBe(c == i ? x[((n + r) * d) + c] : x[(r * d) + c]);
                    }
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Create_SameSeed_SameDraws_OtherSeed_Differs()
    {
        SaltelliDesign.Create(50, 3, 7).Draws.ShouldBe(SaltelliDesign.Create(50, 3, 7).Draws);
        SaltelliDesign.Create(50, 3, 8).Draws.ShouldNotBe(SaltelliDesign.Create(50, 3, 7).Draws);
    }

    [Fact]
    public void Create_AAndBAreIndependentUniforms()
    {
        var design = SaltelliDesign.Create(20000, 2, 1);
        var a = design.Draws.AsSpan(0, 40000).ToArray();
        var b = design.Draws.AsSpan(40000, 40000).ToArray();
        a.Average().ShouldBe(0.5, 0.01);
        b.Average().ShouldBe(0.5, 0.01);
        a.Zip(b, (p, q) => (p - 0.5) * (q - 0.5)).Average().ShouldBe(0, 0.002);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(10, 0)]
    public void Create_TooSmall_Throws(int n, int d) =>
        Should.Throw<ArgumentOutOfRangeException>(() => SaltelliDesign.Create(n, d, 1));
}
