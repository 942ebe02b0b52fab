using System.Runtime.InteropServices;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Uncertainty;
using static Gpsi.Core.Tests.Uncertainty.CompiledModelFixtures;

namespace Gpsi.Core.Tests.Uncertainty;

/// <summary>Replications run in parallel give the same bytes as serially; a failing row is the lowest one whatever the threads.</summary>
public sealed class ReplicationsTests
{
    private static (double[] Scores, int[] Ranks) RunWith(ReplicationModel model, double[] draws, int threads)
    {
        var rows = draws.Length / model.Factors.Length;
        var scores = new double[rows * model.Units.Length];
        var ranks = new int[rows * model.Units.Length];
        Replications.Run(model, draws, scores, ranks, threads);
        return (scores, ranks);
    }

    private static double[] Draws(int rows, int factors, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, rows * factors).Select(_ => random.NextDouble())];
    }

    [Fact]
    public void Run_OneOrTwoThreads_IdenticalBytes()
    {
        var factors = EveryKind();
        var model = CompiledModel.Compile(Recipe(), Panel(), factors, 2024, 5, [])!;
        var draws = Draws(1000, factors.Length, 3);

        var (s1, r1) = RunWith(model, draws, 1);
        var (s2, r2) = RunWith(model, draws, 2);
        var (s4, r4) = RunWith(model, draws, 4);

        MemoryMarshal.AsBytes(s2.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(s1.AsSpan())).ShouldBeTrue();
        MemoryMarshal.AsBytes(s4.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(s1.AsSpan())).ShouldBeTrue();
        r2.ShouldBe(r1);
        r4.ShouldBe(r1);
        r1.Count(r => r == 1).ShouldBeGreaterThanOrEqualTo(1000); // every row was written (each has a rank 1)
    }

    [Fact]
    public void Run_EachRow_IsTheModelsEvaluationOfThatDraw()
    {
        var factors = EveryKind();
        var model = CompiledModel.Compile(Recipe(), Panel(), factors, 2024, 5, [])!;
        var draws = Draws(100, factors.Length, 4);
        var (scores, ranks) = RunWith(model, draws, 2);
        var evaluator = model.CreateEvaluator();
        double[] s = new double[10];
        int[] r = new int[10];
        evaluator.Evaluate(draws.AsSpan(77 * factors.Length, factors.Length), s, r);
        scores.AsSpan(770, 10).ToArray().ShouldBe(s);
        ranks.AsSpan(770, 10).ToArray().ShouldBe(r);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Run_BuilderModelDrawThatFails_ThrowsTheLowestFailingRow(int threads)
    {
        // Aggregation gmean over minmax 0–100 fails; amean builds. Rows 0–39 draw amean, then every row from 40 gmean.
        var recipe = Recipe(new Gpsi.Core.Recipes.Step.Normalise(new Gpsi.Core.Normalisation.NormalisationMethod.MinMax(0, 100)),
            new Gpsi.Core.Recipes.Step.Aggregate(new Gpsi.Core.Aggregation.AggregationMethod.ArithmeticMean()));
        Factor[] factors = [new Factor.AggregationChoice("aggregation", [new Gpsi.Core.Aggregation.AggregationMethod.ArithmeticMean(),
            new Gpsi.Core.Aggregation.AggregationMethod.GeometricMean()])];
        var model = BuilderModel.Create(recipe, Panel(), factors, 2024, 1, new List<Diagnostic>())!;
        var draws = Enumerable.Range(0, 100).Select(r => r < 40 ? 0.2 : 0.7).ToArray();

        var e = Should.Throw<ReplicationFailedException>(() => RunWith(model, draws, threads));

        e.Row.ShouldBe(40);
        e.Drawn.ShouldBe("aggregation = gmean");
    }
}
