using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;
using Gpsi.Core.Weighting;
using static Gpsi.Core.Tests.Uncertainty.CompiledModelFixtures;

namespace Gpsi.Core.Tests.Uncertainty;

/// <summary>
/// The compiled model gives the reference model's results (scores within 1e-9 relative, ranks exactly) for any draw,
/// on a small panel with gaps, screening and ties; and it refuses what it cannot mirror.
/// </summary>
public sealed class CompiledModelTests
{
    private static Gen<double[]> Draws(int factors) =>
        Gen.ArrayOf(Gen.Choose(0, 999_999).Select(i => i / 1e6), factors);

    private static (BuilderModel Reference, CompiledModel Fast) Models(Recipe recipe, Factor[] factors, int year = 2024)
    {
        var diagnostics = new List<Diagnostic>();
        var fast = CompiledModel.Compile(recipe, Panel(), factors, year, seed: 11, diagnostics);
        fast.ShouldNotBeNull(string.Join(Environment.NewLine, diagnostics));
        var reference = BuilderModel.Create(recipe, Panel(), factors, year, seed: 11, diagnostics)!;
        return (reference, fast);
    }

    [Theory]
    [InlineData(new[] { 1, 2 })]
    [InlineData(new[] { 2 })] // P and Q do not change with the draws: computed once per combination
    [InlineData(new[] { 1 })]
    public void Compile_EveryFactorKind_AgreesWithBuilderModelForAnyDraw(int[] weightLevels)
    {
        var factors = EveryKind(weightLevels: weightLevels);
        var (reference, fast) = Models(Recipe(), factors);
        fast.Combinations.ShouldBe(3 * 3 * 2 * 3 * 6);
        Prop.ForAll(Draws(factors.Length).ToArbitrary(), draw => ModelAgreement.Differences(reference, fast, draw) is null)
            .Label("compiled = builder").QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compile_EveryDiscreteCombination_AgreesWithBuilderModel()
    {
        var factors = EveryKind(weightSets: null);
        var (reference, fast) = Models(Recipe(), factors, year: 2023);
        var checkedCount = 0;
        for (var c = 0; c < 3 * 3 * 2 * 3 * 6; c++)
        {
            int[] levels = [c % 3, c / 3 % 3, 0, c / 9 % 2, c / 18 % 3, c / 54];
            int[] counts = [3, 3, 1, 2, 3, 6];
            var draw = levels.Select((l, f) => (l + 0.25) / counts[f]).ToArray();
            draw[2] = 0.1 + (c * 0.0037); // continuous weight noise: the draw seeds the noise
            ModelAgreement.Differences(reference, fast, draw).ShouldBeNull();
            checkedCount++;
        }

        checkedCount.ShouldBe(324);
    }

    [Fact]
    public void Compile_ScreenedOutUnit_HasNoScoreAndNoRank_TiesShareTheMinimum()
    {
        var (reference, fast) = Models(Recipe(), []);
        var u9 = fast.Units.IndexOf("U9");
        double[] scores = new double[10];
        int[] ranks = new int[10];
        fast.CreateEvaluator().Evaluate([], scores, ranks);
        double.IsNaN(scores[u9]).ShouldBeTrue(); // screened out in 2024 (1 of 5 values), not imputed back
        ranks[u9].ShouldBe(0);
        ranks[0].ShouldBe(ranks[1]); // U1 and U2 have the same data: a tie, at the minimum rank
        ranks.ShouldBe([.. reference.NominalRanks]);
        scores.ShouldBe([.. reference.NominalScores]);
    }

    [Theory]
    [InlineData("bylevel")]
    [InlineData("equal")]
    [InlineData("set")]
    [InlineData("strict")]
    [InlineData("pca")]
    public void Compile_RecipeVariants_AgreeWithBuilderModel(string variant)
    {
        Step[] pre = variant == "strict"
            ? [new Step.Normalise(new NormalisationMethod.MinMax(1, 100))]
            : [new Step.Impute(new Gpsi.Core.Imputation.ImputationMethod.Median()), new Step.Normalise(new NormalisationMethod.MinMax(1, 100))];
        Step last = variant switch
        {
            "bylevel" => new Step.Aggregate(new AggregationMethod.ArithmeticMean(), ByLevel(3, new AggregationMethod.GeometricMean())),
            "strict" => new Step.Aggregate(new AggregationMethod.HarmonicMean(), MinAvailability: 0.5),
            _ => new Step.Aggregate(new AggregationMethod.ArithmeticMean()),
        };
        Step? weight = variant switch
        {
            "equal" => new Step.Weight(new WeightingMethod.Equal()),
            "pca" => new Step.Weight(new WeightingMethod.Pca()),
            "set" => new Step.Weight(new WeightingMethod.Set("s", System.Collections.Immutable.ImmutableSortedDictionary<string, double>.Empty.Add("Q", 5).Add("B", 0.5))),
            _ => null,
        };
        var recipe = Recipe([.. pre, .. weight is null ? Array.Empty<Step>() : [weight], last]);
        Factor[] factors = [new Factor.WeightNoise("w", [1, 2], 0.3, 15), new Factor.IndicatorExclusion("x", ["A", "C", "E"])];
        if (variant == "pca")
        {
            // PCA gives this panel a negative weight: under noise a mean's sign could change, so full builds.
            var notes = new List<Diagnostic>();
            CompiledModel.Compile(recipe, Panel(), factors, 2024, 11, notes).ShouldBeNull();
            notes.ShouldHaveSingleItem().Message.ShouldContain("negative");
        }
        else
        {
            var (reference, fast) = Models(recipe, factors);
            Prop.ForAll(Draws(factors.Length).ToArbitrary(), draw => ModelAgreement.Differences(reference, fast, draw) is null)
                .QuickCheckThrowOnFailure();
        }

        // Without weight noise the weight step stays in every drawn recipe (PCA: recomputed from each combination's data).
        Factor[] discrete = [new Factor.IndicatorExclusion("x", ["A", "C", "E"]),
            new Factor.NormalisationChoice("n", [new NormalisationMethod.MinMax(1, 100), new NormalisationMethod.ZScore(10, 1)])];
        var (reference2, fast2) = Models(recipe, discrete);
        Prop.ForAll(Draws(discrete.Length).ToArbitrary(), draw => ModelAgreement.Differences(reference2, fast2, draw) is null)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compile_Copeland_FallsBackWithANote()
    {
        var diagnostics = new List<Diagnostic>();
        Factor[] factors = [new Factor.AggregationChoice("aggregation", [new AggregationMethod.ArithmeticMean(), new AggregationMethod.Copeland()])];

        CompiledModel.Compile(Recipe(), Panel(), factors, 2024, 1, diagnostics).ShouldBeNull();

        var note = diagnostics.ShouldHaveSingleItem();
        note.Severity.ShouldBe(Severity.Info);
        note.Code.ShouldBe(CompiledModel.FallbackCode);
        note.Message.ShouldContain("Copeland");
    }

    [Fact]
    public void Compile_TooManyCombinations_FallsBackWithANote()
    {
        var diagnostics = new List<Diagnostic>();
        Factor[] factors =
        [
            new Factor.WinsorisationLimit("w1", [.. Enumerable.Range(1, 70)]),
            new Factor.WinsorisationLimit("w2", [.. Enumerable.Range(1, 70)]),
        ];

        CompiledModel.Compile(Recipe(), Panel(), factors, 2024, 1, diagnostics).ShouldBeNull();

        diagnostics.ShouldHaveSingleItem().Message.ShouldContain("more than 4096 combinations");
    }

    [Fact]
    public void Compile_GeometricMeanOverZero_IsAnErrorNamingTheCombination()
    {
        // minmax 0–100 puts each indicator's lowest unit at 0, which the geometric mean cannot take.
        var recipe = Recipe(new Step.Normalise(new NormalisationMethod.MinMax(0, 100)), new Step.Aggregate(new AggregationMethod.ArithmeticMean()));
        Factor[] factors =
        [
            new Factor.NormalisationChoice("normalisation", [new NormalisationMethod.MinMax(1, 100), new NormalisationMethod.MinMax(0, 100)]),
            new Factor.AggregationChoice("aggregation", [new AggregationMethod.ArithmeticMean(), new AggregationMethod.GeometricMean()]),
        ];
        var diagnostics = new List<Diagnostic>();

        CompiledModel.Compile(recipe, Panel(), factors, 2024, 1, diagnostics).ShouldBeNull();

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("aggregate.non-positive");
        error.Message.ShouldStartWith("With normalisation = minmax, aggregation = gmean: ");
    }

    [Fact]
    public void Compile_ExclusionEmptyingAParent_IsAnError()
    {
        var recipe = Gpsi.Core.Tests.Normalisation.NormalisationFixtures.Recipe(
            [Gpsi.Core.Tests.Normalisation.NormalisationFixtures.Indicator("A", "P"), Gpsi.Core.Tests.Normalisation.NormalisationFixtures.Indicator("D", "Q"),
                Gpsi.Core.Tests.Normalisation.NormalisationFixtures.Aggregate("P", "Index"), Gpsi.Core.Tests.Normalisation.NormalisationFixtures.Aggregate("Q", "Index"),
                Gpsi.Core.Tests.Normalisation.NormalisationFixtures.Aggregate("Index")],
            new Step.Normalise(new NormalisationMethod.MinMax(1, 100)), new Step.Aggregate(new AggregationMethod.ArithmeticMean()));
        var diagnostics = new List<Diagnostic>();

        CompiledModel.Compile(recipe, Panel(), [new Factor.IndicatorExclusion("exclusion", ["A"])], 2024, 1, diagnostics).ShouldBeNull();

        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.Severity == Severity.Error && d.Message.StartsWith("With exclusion = A: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_AfterTheFirstCall_AllocatesNothing()
    {
        var factors = EveryKind();
        var (_, fast) = Models(Recipe(), factors);
        var evaluator = fast.CreateEvaluator();
        double[] draw = [0.7, 0.2, 0.4, 0.9, 0.1, 0.3];
        double[] scores = new double[10];
        int[] ranks = new int[10];
        evaluator.Evaluate(draw, scores, ranks);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            draw[0] = i / 1000.0;
            draw[5] = (i * 7 % 1000) / 1000.0;
            evaluator.Evaluate(draw, scores, ranks);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }
}
