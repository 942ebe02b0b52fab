using System.Globalization;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;
using Gpsi.Data.Coinr;

namespace Gpsi.Data.Tests.Uncertainty;

/// <summary>
/// Issue 5, item 3: the uncertainty analysis COINr ran on the ASEM coin (minmax 1–100, amean; normalisation ∈
/// {minmax 1–100, z-score 10/2}, 100 noisy weight sets at levels 2 and 3 × U(0.75, 1.25), aggregation ∈ {amean,
/// gmean}; N = 1000). Different random streams, so the statistics agree only statistically: medians within one place
/// for every unit, 5–95% intervals overlapping, nominal ranks equal.
/// </summary>
public sealed class AsemUncertaintyTests
{
    [Fact]
    public void AsemUa_N1000_AgreesWithCoinr()
    {
        var diagnostics = new List<Diagnostic>();
        var import = CoinrImporter.Import(SharedData.AsemData, SharedData.AsemMeta, "asem", diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        var recipe = import.Recipe with
        {
            Steps = [new Step.Normalise(new NormalisationMethod.MinMax(1, 100)), new Step.Aggregate(new AggregationMethod.ArithmeticMean())],
        };
        Factor[] factors =
        [
            new Factor.NormalisationChoice("normalisation", [new NormalisationMethod.MinMax(1, 100), new NormalisationMethod.ZScore(10, 2)]),
            new Factor.WeightNoise("weights", [2, 3], 0.25, Sets: 100),
            new Factor.AggregationChoice("aggregation", [new AggregationMethod.ArithmeticMean(), new AggregationMethod.GeometricMean()]),
        ];

        var ours = UncertaintyAnalysis.Run(recipe, import.Panel, factors, 1000, seed: 42).Statistics.ToDictionary(s => s.Unit);

        var reference = File.ReadAllLines(SharedData.AsemReference("UA_N1000_rankstats.csv")).Skip(1)
            .Select(l => l.Split(',')).ToList();
        reference.Count.ShouldBe(51);
        foreach (var row in reference)
        {
            var unit = row[0].Trim('"');
            double Cell(int i) => double.Parse(row[i], CultureInfo.InvariantCulture);
            var s = ours[unit];
            s.Nominal.ShouldBe((int)Cell(1), unit);
            Math.Abs(s.Median - Cell(3)).ShouldBeLessThanOrEqualTo(1, $"{unit}: median {s.Median} vs COINr {Cell(3)}");
            (s.Q5 <= Cell(5) && Cell(4) <= s.Q95).ShouldBeTrue($"{unit}: [{s.Q5}, {s.Q95}] vs COINr [{Cell(4)}, {Cell(5)}]");
        }
    }

    [Fact]
    public void Ua_SameSeed_SameResults_OtherSeed_Differs()
    {
        var diagnostics = new List<Diagnostic>();
        var import = CoinrImporter.Import(SharedData.AsemData, SharedData.AsemMeta, "asem", diagnostics)!;
        Factor[] factors = [new Factor.WeightNoise("weights", [2, 3], 0.25, Sets: null)];

        var a = UncertaintyAnalysis.Run(import.Recipe, import.Panel, factors, 200, seed: 7).Statistics;
        var b = UncertaintyAnalysis.Run(import.Recipe, import.Panel, factors, 200, seed: 7).Statistics;
        var c = UncertaintyAnalysis.Run(import.Recipe, import.Panel, factors, 200, seed: 8).Statistics;

        b.ShouldBe(a);
        c.ShouldNotBe(a);
        a.ShouldAllBe(s => s.Q5 <= s.Median && s.Median <= s.Q95);
    }

    [Fact]
    public void Ua_DrawnRecipeThatCannotBuild_StopsWithTheBuildErrorNamingTheDraw()
    {
        var diagnostics = new List<Diagnostic>();
        var import = CoinrImporter.Import(SharedData.AsemData, SharedData.AsemMeta, "asem", diagnostics)!;
        // minmax 0-100 gives a 0 somewhere: the geometric mean cannot take it.
        Factor[] factors = [new Factor.AggregationChoice("aggregation", [new AggregationMethod.GeometricMean(), new AggregationMethod.GeometricMean()])];

        var result = UncertaintyAnalysis.Run(import.Recipe, import.Panel, factors, 10, seed: 1);

        result.Succeeded.ShouldBeFalse();
        result.Statistics.ShouldBeEmpty();
        result.Diagnostics.ShouldContain(d => d.Code == "aggregate.non-positive" && d.Message.StartsWith("With aggregation = gmean: gmean of ", StringComparison.Ordinal));
    }
}
