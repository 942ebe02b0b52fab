using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Derivation;
using static Gpsi.Core.Tests.Derivation.DerivationFixtures;

namespace Gpsi.Core.Tests.Derivation;

/// <summary>Properties of the rules over random inputs.</summary>
public sealed class DeriverProperties
{
    private static readonly string[] Countries = ["AAA", "BBB", "CCC", "DDD"];

    private static readonly Gen<double> Value = Gen.Choose(0, 1_000_000).Select(i => i / 100.0);

    private static readonly Gen<double> Weight = Gen.Choose(-1000, 1000).Select(i => i / 10.0);

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * (1 + Math.Abs(a) + Math.Abs(b));

    private static Dictionary<string, double> Scores(DerivationResult result) =>
        result.Observations.ToDictionary(o => $"{o.Country} {o.Year}", o => o.Value);

    [Fact]
    public void WeightedSum_LinearInWeights() =>
        Prop.ForAll(Gen.Zip(Gen.ArrayOf(Value, 3 * Countries.Length), Gen.Zip(Gen.ArrayOf(Weight, 3), Gen.ArrayOf(Weight, 3)))
            .ToArbitrary(), t =>
        {
            var (values, (w1, w2)) = t;
            var observations = Enumerable.Range(0, values.Length)
                .Select(i => Obs($"s{i % 3}", Countries[i / 3], 2015, values[i])).ToArray();
            Dictionary<string, double> With(double[] w) => Scores(Run(new DerivationRule.WeightedSum(
                [.. w.Select((x, k) => new WeightedTerm($"t{k}", $"s{k}", x))], "s0"), observations));
            var a = With(w1);
            var b = With(w2);
            var sum = With([.. w1.Zip(w2, (x, y) => x + y)]);
            return sum.Count == Countries.Length && sum.All(kv => Close(kv.Value, a[kv.Key] + b[kv.Key]));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Window_ConstantSeries_IsThatConstant() =>
        Prop.ForAll(Gen.Zip(Value, Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 50), n)))
            .Where(t => t.Item2.Sum() > 0).ToArbitrary(), t =>
        {
            var (constant, weights) = t;
            var observations = Enumerable.Range(2000, 20).Select(y => Obs("x", "FRA", y, constant)).ToArray();
            var result = Run(new DerivationRule.Window("x", [.. weights.Select(w => (double)w)]), observations);
            return result.Observations.Where(o => o.Year >= 2000 + weights.Length - 1)
                .All(o => Close(o.Value, constant));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void LogScale_Monotone_AndWithinZeroToMax() =>
        Prop.ForAll(Gen.Zip(Gen.ArrayOf(Gen.Frequency((3, Value), (1, Gen.Constant(0.0))), Countries.Length),
            Gen.Choose(1, 100)).ToArbitrary(), t =>
        {
            var (values, max) = t;
            var observations = values.Select((v, i) => Obs("x", Countries[i], 2015, v)).ToArray();
            var scaled = Run(new DerivationRule.LogScale("x", max), observations).Observations
                .Select(o => (Raw: values[Array.IndexOf(Countries, o.Country.Value)], o.Value)).OrderBy(p => p.Raw).ToArray();
            return scaled.Zip(scaled.Skip(1)).All(p => p.First.Value <= p.Second.Value)
                && scaled.All(p => p.Value >= 0 && p.Value <= max);
        }).QuickCheckThrowOnFailure();
}
