using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Gpsi.Data.Coinr;

namespace Gpsi.Data.Tests.Coinr;

public sealed class RNumberFormatTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(29.01725, "29.01725")]
    [InlineData(100000.0, "100000")]
    [InlineData(1e15, "1e+15")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123456.0, "123456")]
    [InlineData(0.000002, "2e-06")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.001, "0.001")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(35.369729833333331, "35.369729833333331")]
    public void Format_KnownValues_WritesAsR(double value, string expected) =>
        RNumberFormat.Format(value).ShouldBe(expected);

    [Fact]
    public void Format_Missing_IsEmpty() => RNumberFormat.Format(double.NaN).ShouldBe(string.Empty);

    [Fact]
    public void Format_AnyFiniteDouble_ReadsBackExactly() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NormalFloat>(), f =>
        {
            var v = f.Get;
            return double.Parse(RNumberFormat.Format(v), CultureInfo.InvariantCulture).Equals(v);
        }).QuickCheckThrowOnFailure();
}
