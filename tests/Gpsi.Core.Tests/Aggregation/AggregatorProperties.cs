using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Tests.Normalisation;

namespace Gpsi.Core.Tests.Aggregation;

/// <summary>Aggregating children that all have the same value v returns v, for any positive weights.</summary>
public sealed class AggregatorProperties
{
    /// <summary>Positive weights from 1e-6 to 1e6 (relative weights, as in a recipe).</summary>
    private static readonly Gen<double> Weight = Gen.Zip(Gen.Choose(1, 1_000_000), Gen.Choose(-6, 0))
        .Select(t => t.Item1 * Math.Pow(10, t.Item2));

    private static Gen<(double Value, double[] Weights)> Children(Gen<double> value) =>
        Gen.Zip(value, Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Weight, n)));

    /// <summary>Positive values whose powers up to ±3 stay representable (1e-90 … 1e90).</summary>
    private static readonly Gen<double> Positive = Gen.Zip(Gen.Choose(1, int.MaxValue), Gen.Choose(-90, 90))
        .Select(t => (t.Item1 / (double)int.MaxValue) * Math.Pow(10, t.Item2));

    /// <summary>
    /// Relative 1e-12, plus 1e-300 absolute: below ~2.2e-308 doubles are subnormal, with a fixed absolute spacing, so
    /// w·x there can only be accurate to a few multiples of double.Epsilon.
    /// </summary>
    private static bool Same(double actual, double expected) =>
        Math.Abs(actual - expected) <= (1e-12 * Math.Abs(expected)) + 1e-300;

    private static double[] Fill(double value, int n) => Enumerable.Repeat(value, n).ToArray();

    [Fact]
    public void ArithmeticMean_EqualChildren_ReturnsThatValue() =>
        // Any finite value, the extremes included: Σw·x must not overflow for x up to ±double.MaxValue.
        Prop.ForAll(Children(NormaliserProperties.Finite).ToArbitrary(), t =>
            Same(Aggregators.ArithmeticMean(Fill(t.Value, t.Weights.Length), t.Weights), t.Value))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Median_EqualChildren_ReturnsThatValue() =>
        Prop.ForAll(Children(NormaliserProperties.Finite).ToArbitrary(), t =>
            Aggregators.Median(Fill(t.Value, t.Weights.Length), t.Weights) == t.Value)
            .QuickCheckThrowOnFailure();

    [Fact]
    public void GeometricMean_EqualChildren_ReturnsThatValue() =>
        Prop.ForAll(Children(Positive).ToArbitrary(), t =>
            Same(Aggregators.GeometricMean(Fill(t.Value, t.Weights.Length), t.Weights), t.Value))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void HarmonicMean_EqualChildren_ReturnsThatValue() =>
        Prop.ForAll(Children(Positive).ToArbitrary(), t =>
            Same(Aggregators.HarmonicMean(Fill(t.Value, t.Weights.Length), t.Weights), t.Value))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void GeneralisedMean_EqualChildren_ReturnsThatValue() =>
        Prop.ForAll(Gen.Zip(Children(Positive), Gen.Elements(-3.0, -2, -1, -0.5, 0, 0.5, 1, 2, 3)).ToArbitrary(),
            t => Same(Aggregators.GeneralisedMean(Fill(t.Item1.Value, t.Item1.Weights.Length), t.Item1.Weights, t.Item2),
                t.Item1.Value))
            .QuickCheckThrowOnFailure();
}
