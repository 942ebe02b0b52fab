using Gpsi.Core.Diagnostics;
using Gpsi.Core.Uncertainty;
using static Gpsi.Core.Tests.Uncertainty.CompiledModelFixtures;

namespace Gpsi.Core.Tests.Uncertainty;

/// <summary>The analysis on a model: rank and score statistics, the same on either model and any thread count.</summary>
public sealed class UncertaintyAnalysisTests
{
    [Fact]
    public void Run_CompiledOrBuilderModel_SameStatistics()
    {
        var factors = EveryKind();
        var compiled = CompiledModel.Compile(Recipe(), Panel(), factors, 2024, 9, [])!;
        var reference = BuilderModel.Create(Recipe(), Panel(), factors, 2024, 9, [])!;

        var fast = UncertaintyAnalysis.Run(compiled, 300, seed: 4, maxThreads: 2);
        var slow = UncertaintyAnalysis.Run(reference, 300, seed: 4, maxThreads: 1);

        fast.Succeeded.ShouldBeTrue();
        fast.Statistics.ShouldBe(slow.Statistics);
        fast.Scores.Length.ShouldBe(10);
        for (var u = 0; u < 10; u++)
        {
            if (u == 8)
            {
                double.IsNaN(fast.Scores[u].Median).ShouldBeTrue(); // U9: screened out, never a score
                continue;
            }

            fast.Scores[u].Median.ShouldBe(slow.Scores[u].Median, Math.Abs(slow.Scores[u].Median) * 1e-9);
            (fast.Scores[u].Q5 <= fast.Scores[u].Median && fast.Scores[u].Median <= fast.Scores[u].Q95).ShouldBeTrue();
        }
    }

    [Fact]
    public void Run_NoFactors_StatisticsAreTheNominalResults()
    {
        var result = UncertaintyAnalysis.Run(Recipe(), Panel(), [], 50, seed: 1);

        result.Succeeded.ShouldBeTrue();
        var u1 = result.Scores[0];
        u1.Unit.ShouldBe("U1");
        u1.Mean.ShouldBe(u1.Nominal, 1e-12);
        u1.Q5.ShouldBe(u1.Nominal);
        u1.Q95.ShouldBe(u1.Nominal);
        result.Statistics[0].Median.ShouldBe((double)result.Statistics[0].Nominal!.Value);
        // U9 is screened out in 2024: no rank and no score in any replication.
        result.Statistics[8].Nominal.ShouldBeNull();
        double.IsNaN(result.Statistics[8].Mean).ShouldBeTrue();
        double.IsNaN(result.Scores[8].Median).ShouldBeTrue();
    }

    [Fact]
    public void Run_CopelandFactor_RunsOnFullBuildsWithANote()
    {
        Factor[] factors = [new Factor.AggregationChoice("aggregation", [new Gpsi.Core.Aggregation.AggregationMethod.ArithmeticMean(),
            new Gpsi.Core.Aggregation.AggregationMethod.Copeland()])];

        var result = UncertaintyAnalysis.Run(Recipe(), Panel(), factors, 20, seed: 1, maxThreads: 2);

        result.Succeeded.ShouldBeTrue();
        result.Statistics.Length.ShouldBe(10);
        result.Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
    }
}
