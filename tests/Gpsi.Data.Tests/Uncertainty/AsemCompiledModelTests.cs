using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Treatment;
using Gpsi.Core.Uncertainty;
using Gpsi.Data.Coinr;

namespace Gpsi.Data.Tests.Uncertainty;

/// <summary>
/// The compiled model on the real ASEM coin (51 units × 49 indicators, with gaps) gives the full builds' results for
/// any draw: scores within 1e-9 relative and ranks exactly, for the issue's factors and for every factor kind.
/// </summary>
public sealed class AsemCompiledModelTests
{
    private static readonly Lazy<CoinrImport> Asem = new(() =>
        CoinrImporter.Import(SharedData.AsemData, SharedData.AsemMeta, "asem", []) ?? throw new InvalidOperationException("ASEM"));

    private static Gen<double[]> Draws(int factors) => Gen.ArrayOf(Gen.Choose(0, 999_999).Select(i => i / 1e6), factors);

    private static Recipe Nominal(params Step[] before) => Asem.Value.Recipe with
    {
        Steps = [.. before, new Step.Normalise(new NormalisationMethod.MinMax(1, 100)), new Step.Aggregate(new AggregationMethod.ArithmeticMean())],
    };

    private static void Agrees(Recipe recipe, Factor[] factors, int expectedCombinations)
    {
        var diagnostics = new List<Diagnostic>();
        var year = Asem.Value.Panel.Years[^1];
        var fast = CompiledModel.Compile(recipe, Asem.Value.Panel, factors, year, 42, diagnostics);
        fast.ShouldNotBeNull(string.Join(Environment.NewLine, diagnostics));
        fast.Combinations.ShouldBe(expectedCombinations);
        var reference = BuilderModel.Create(recipe, Asem.Value.Panel, factors, year, 42, diagnostics)!;
        fast.NominalRanks.ShouldBe(reference.NominalRanks);
        Prop.ForAll(Draws(factors.Length).ToArbitrary(), draw => ModelAgreement.Differences(reference, fast, draw) is null)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compile_IssueFactors_AgreesWithBuilderModel() => Agrees(Nominal(),
    [
        new Factor.NormalisationChoice("normalisation", [new NormalisationMethod.MinMax(1, 100), new NormalisationMethod.ZScore(10, 2)]),
        new Factor.WeightNoise("weights", [2, 3], 0.25, Sets: 100),
        new Factor.AggregationChoice("aggregation", [new AggregationMethod.ArithmeticMean(), new AggregationMethod.GeometricMean()]),
    ], expectedCombinations: 4);

    [Fact]
    public void Compile_EveryFactorKind_AgreesWithBuilderModel() => Agrees(
        Nominal(new Step.Impute(new ImputationMethod.Mean()), new Step.Treat(new TreatmentMethod.Default())),
    [
        new Factor.NormalisationChoice("normalisation", [new NormalisationMethod.MinMax(1, 100), new NormalisationMethod.ZScore(100, 10),
            new NormalisationMethod.Rank()]),
        new Factor.ImputationChoice("imputation", [[], [new ImputationMethod.Mean()], [new ImputationMethod.Median()]]),
        new Factor.WinsorisationLimit("winsorisation", [1, 5]),
        new Factor.IndicatorExclusion("exclusion", ["Goods", "Flights", "CPI"]),
        new Factor.WeightNoise("weights", [1, 2, 3], 0.25, Sets: null),
        new Factor.AggregationChoice("aggregation", [new AggregationMethod.ArithmeticMean(), new AggregationMethod.GeometricMean(),
            new AggregationMethod.Median()]),
    ], expectedCombinations: 3 * 3 * 2 * 4 * 3);
}
