using Gpsi.Core.Numerics;

namespace Gpsi.Core.Tests.Numerics;

/// <summary>
/// Skewness and kurtosis against e1071 type 2. The [1, 2, 3, 10] case is worked by hand below; the others come from
/// the independent Python implementation in Treatment/Reference/coinr_treat.py (exactly rounded sums).
/// </summary>
public sealed class ShapeTests
{
    private const double Tolerance = 1e-13;

    [Fact]
    public void Skewness_HandWorkedCase_MatchesE1071Type2()
    {
        // mean 4, d = (−3, −2, −1, 6): Σd² = 50, Σd³ = 180. g = √4·180/50^1.5; skew = g·√12/2 = 3.6·√0.24.
        Shape.Skewness([1, 2, 3, 10]).ShouldBe(3.6 * Math.Sqrt(0.24), Tolerance);
    }

    [Fact]
    public void Kurtosis_HandWorkedCase_MatchesE1071Type2()
    {
        // Σd⁴ = 1394, r = 4·1394/50² = 2.2304; kurt = (5·(r − 3) + 6)·3/(2·1) = 3.228.
        Shape.Kurtosis([1, 2, 3, 10]).ShouldBe(3.228, Tolerance);
    }

    [Fact]
    public void SkewnessAndKurtosis_IrregularValues_MatchPythonReference()
    {
        double[] x = [3.1, -2.5, 0.4, 8.8, 1.25, 0.0, 2.2];
        Shape.Skewness(x).ShouldBe(1.2523871865662282, Tolerance);
        Shape.Kurtosis(x).ShouldBe(2.616728695689066, Tolerance);
    }

    [Fact]
    public void SkewnessAndKurtosis_WithNaN_IgnoreMissingValues()
    {
        double[] x = [0.5, double.NaN, 1.5, 7.0, 2.0, double.NaN];
        Shape.Skewness(x).ShouldBe(1.7200421867477154, Tolerance);
        Shape.Kurtosis(x).ShouldBe(3.187334575041662, Tolerance);
    }

    [Fact]
    public void Skewness_ThreeValues_IsDefined()
    {
        Shape.Skewness([1, 2, 10]).ShouldBe(1.65231674033299, Tolerance);
    }

    [Fact]
    public void Kurtosis_ThreeValues_IsNaN() => double.IsNaN(Shape.Kurtosis([1, 2, 10])).ShouldBeTrue();

    [Fact]
    public void Skewness_TwoValues_IsNaN() => double.IsNaN(Shape.Skewness([1, double.NaN, 2])).ShouldBeTrue();

    [Fact]
    public void SkewnessAndKurtosis_ConstantValues_AreNaN()
    {
        // 0.1 is inexact in binary; the mean must still come out exactly 0.1 so that 0/0 = NaN, as in R.
        double[] x = [0.1, 0.1, 0.1, 0.1, 0.1];
        double.IsNaN(Shape.Skewness(x)).ShouldBeTrue();
        double.IsNaN(Shape.Kurtosis(x)).ShouldBeTrue();
    }
}
