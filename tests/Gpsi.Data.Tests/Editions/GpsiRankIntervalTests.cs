using Gpsi.Core.Diagnostics;
using Gpsi.Core.Uncertainty;
using Gpsi.Data.Editions;
using Gpsi.Tests;

namespace Gpsi.Data.Tests.Editions;

/// <summary>
/// Issue 5, item 4: the GPSI recipe states its default uncertainty analysis, and every ranked country of every edition
/// carries its rank interval, computed on the fast model (which must agree with full builds).
/// </summary>
public sealed class GpsiRankIntervalTests
{
    [Fact]
    public void Recipe_StatesWeightsAggregationAndImputationFactors()
    {
        var ua = GpsiRun.Recipe.Uncertainty.ShouldNotBeNull();
        ua.Factors.Select(f => f.Name).ShouldBe(["weights", "aggregation", "imputation"]);
        ua.Replications.ShouldBe(1000);
        GpsiRun.Recipe.Reasons.ShouldContainKey("uncertainty");
    }

    [Theory]
    [InlineData(2010)]
    [InlineData(2020)]
    public void CompiledModel_Compiles_AndAgreesWithFullBuilds(int year)
    {
        var recipe = GpsiRun.Recipe;
        var diagnostics = new List<Diagnostic>();
        var panel = IndexRunner.Prepare(recipe, GpsiRun.Inputs.Load.Observations, GpsiRun.Inputs.Registry, diagnostics)!.Panel;
        var factors = recipe.Uncertainty!.Factors;
        var fast = CompiledModel.Compile(recipe, panel, factors, year, 5, diagnostics);
        diagnostics.ShouldBeEmpty();
        fast.ShouldNotBeNull().Combinations.ShouldBe(4);
        var reference = BuilderModel.Create(recipe, panel, factors, year, 5, diagnostics)!;
        fast.NominalRanks.ShouldBe(reference.NominalRanks);
        var random = new Random(year);
        for (var i = 0; i < 12; i++)
        {
            double[] draw = [random.NextDouble(), random.NextDouble(), random.NextDouble()];
            ModelAgreement.Differences(reference, fast, draw).ShouldBeNull();
        }
    }

    [Fact]
    public void Run_EveryRankedCountryOfEveryEdition_HasAnIntervalAroundItsRank()
    {
        var run = GpsiRun.Run;
        var roots = run.Scores.Where(s => s.Node == run.RootCode && s.Rank is not null).ToList();
        roots.Count.ShouldBe(193 * 11);
        foreach (var s in roots)
        {
            var interval = s.Interval.ShouldNotBeNull($"{s.Iso3} {s.Year}");
            interval.IsValid.ShouldBeTrue($"{s.Iso3} {s.Year}");
            interval.High.ShouldBeLessThanOrEqualTo(193);
        }

        run.Scores.Where(s => s.Node != run.RootCode).ShouldAllBe(s => s.Interval == null);
        // The safest and least safe countries of 2020 are clear whatever the choices; the earliest edition, whose
        // cybersecurity is all back-cast (and gone under the shorter back-cast), is far less certain than the latest.
        Interval(run, "SGP", 2020).ShouldBe(new Core.Editions.RankInterval(1, 1, 1));
        Interval(run, "AFG", 2020).High.ShouldBe(193);
        MeanWidth(run, 2010).ShouldBeGreaterThan(1.5 * MeanWidth(run, 2020));
    }

    private static Core.Editions.RankInterval Interval(IndexRun run, string iso3, int year) =>
        run.Scores.Single(s => s.Iso3 == iso3 && s.Year == year && s.Node == run.RootCode).Interval!;

    private static double MeanWidth(IndexRun run, int year) => run.Scores
        .Where(s => s.Year == year && s.Interval is not null).Average(s => s.Interval!.High - s.Interval.Low);

    [Fact]
    public void Compute_ADrawnRecipeThatCannotBuild_IsAnErrorNamingTheYearAndTheDraw_AndNoIntervals()
    {
        var recipe = GpsiRun.Recipe with
        {
            Uncertainty = new Core.Recipes.UncertaintySettings(
                [new Factor.AggregationChoice("aggregation", [new Core.Aggregation.AggregationMethod.ArithmeticMean(),
                    new Core.Aggregation.AggregationMethod.GeometricMean()])], 50, 1),
        };
        var diagnostics = new List<Diagnostic>();
        var panel = IndexRunner.Prepare(recipe, GpsiRun.Inputs.Load.Observations, GpsiRun.Inputs.Registry, diagnostics)!.Panel;

        RankIntervals.Compute(recipe, panel, [2019, 2020], diagnostics).ShouldBeNull();
        var error = diagnostics.First(d => d.Severity == Severity.Error);
        error.Message.ShouldStartWith("The recipe's uncertainty analysis for 2019: With aggregation = gmean");
        error.Code.ShouldBe("aggregate.non-positive"); // a goalpost score of 0 under an unshifted geometric mean
    }

    [Fact]
    public void Compute_NoUncertaintySection_GivesNoIntervals()
    {
        var diagnostics = new List<Diagnostic>();
        var panel = IndexRunner.Prepare(GpsiRun.Recipe, GpsiRun.Inputs.Load.Observations, GpsiRun.Inputs.Registry, diagnostics)!.Panel;
        RankIntervals.Compute(GpsiRun.Recipe with { Uncertainty = null }, panel, [2020], diagnostics)!.ShouldBeEmpty();
    }
}
