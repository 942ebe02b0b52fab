using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Normalisation;

namespace Gpsi.Core.Tests.Normalisation;

/// <summary>
/// Properties of the normalisation kernels over arbitrary finite inputs, magnitudes up to ±double.MaxValue included.
/// </summary>
public sealed class NormaliserProperties
{
    /// <summary>Finite doubles: small integers, any exponent from subnormal to the largest, and the extremes.</summary>
    internal static Gen<double> Finite { get; } = Gen.Frequency(
    [
        (3, Gen.Choose(-1000, 1000).Select(i => (double)i)),
        (4, Gen.Zip(Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(-1074, 1023)), Gen.Elements(1.0, -1.0))
            .Select(t => t.Item2 * Math.ScaleB(1 + (t.Item1.Item1 / (double)int.MaxValue), t.Item1.Item2))
            .Where(double.IsFinite)),
        (2, Gen.Elements(double.MaxValue, -double.MaxValue, 1e308, -1e308, 1e300, -1e300, double.Epsilon,
            -double.Epsilon, 0.0, 1e-300)),
    ]);

    /// <summary>Arrays of 1–25 finite values.</summary>
    internal static Gen<double[]> Values { get; } =
        Gen.Choose(1, 25).SelectMany(n => Gen.ArrayOf(Finite, n));

    private static Gen<(double Lower, double Upper)> Bounds { get; } = Gen.Frequency(
    [
        (2, Gen.Elements((0.0, 100.0), (0.0, 1.0), (1.0, 10.0), (-5.0, 5.0), (0.1, 0.3))),
        (3, Gen.Zip(Gen.Zip(Gen.Choose(-1_000_000, 1_000_000), Gen.Choose(1, 2_000_000)), Gen.Choose(1, 1000))
            .Select(t => (t.Item1.Item1 / (double)t.Item2, (t.Item1.Item1 + t.Item1.Item2) / (double)t.Item2))),
    ]);

    private static bool HasRange(double[] x) => x.Min() < x.Max();

    [Fact]
    public void MinMax_AnyFiniteInput_StaysWithinBounds() =>
        Prop.ForAll(Gen.Zip(Values, Bounds).ToArbitrary(), t =>
        {
            var (x, (lower, upper)) = t;
            var y = new double[x.Length];
            var ok = Normalisers.MinMax(x, y, lower, upper);
            return ok == HasRange(x) && (!ok || y.All(v => v >= lower && v <= upper));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void MinMax_ExtremesAndRange_GiveFiniteValuesWithMinAndMaxOnTheBounds() =>
        Prop.ForAll(Values.Where(HasRange).ToArbitrary(), x =>
        {
            var y = new double[x.Length];
            return Normalisers.MinMax(x, y, 0, 100) && y.All(double.IsFinite)
                && y[Array.IndexOf(x, x.Min())] == 0 && y[Array.IndexOf(x, x.Max())] == 100;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void ZScore_AnyInputWithRange_IsFinite() =>
        Prop.ForAll(Values.Where(HasRange).ToArbitrary(), x =>
        {
            var y = new double[x.Length];
            return Normalisers.ZScore(x, y, 0, 1) && y.All(double.IsFinite);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void DistanceToMax_AnyInputWithRange_IsWithinZeroAndOne() =>
        Prop.ForAll(Values.Where(HasRange).ToArbitrary(), x =>
        {
            var y = new double[x.Length];
            return Normalisers.DistanceToMax(x, y) && y.All(v => v >= 0 && v <= 1);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void DistanceToTarget_AnyInputAndTarget_IsFiniteOrReportedDegenerate() =>
        Prop.ForAll(Gen.Zip(Gen.Zip(Values, Finite), Gen.Elements(true, false)).ToArbitrary(), t =>
        {
            var ((x, target), cap) = t;
            var y = new double[x.Length];
            var ok = Normalisers.DistanceToTarget(x, y, target, cap);
            return ok ? y.All(double.IsFinite) && (!cap || y.All(v => v <= 1)) : y.All(double.IsNaN);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void DistanceToTarget_TargetAboveMax_IsWithinZeroAndOne() =>
        Prop.ForAll(Gen.Zip(Values, Gen.Choose(1, 1000)).ToArbitrary(), t =>
        {
            var (x, extra) = t;
            var target = Math.Min(x.Max() + (extra * Math.Max(1, Math.Abs(x.Max()) / 100)), double.MaxValue);
            var y = new double[x.Length];
            var ok = Normalisers.DistanceToTarget(x, y, target, cap: false);
            return target == x.Min() ? !ok : ok && y.All(v => v >= 0 && v <= 1);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void FractionOfMax_AnyInput_IsFiniteOrReportedDegenerate() =>
        Prop.ForAll(Values.ToArbitrary(), x =>
        {
            var y = new double[x.Length];
            return Normalisers.FractionOfMax(x, y) ? y.All(double.IsFinite) : y.All(double.IsNaN);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void FractionOfMax_PositiveInputs_IsWithinZeroAndOne() =>
        Prop.ForAll(Values.Select(x => x.Select(Math.Abs).Where(v => v > 0).DefaultIfEmpty(1).ToArray())
            .ToArbitrary(), x =>
        {
            var y = new double[x.Length];
            return Normalisers.FractionOfMax(x, y) && y.All(v => v >= 0 && v <= 1);
        }).QuickCheckThrowOnFailure();
}
