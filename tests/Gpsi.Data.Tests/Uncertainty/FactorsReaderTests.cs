using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Uncertainty;
using Gpsi.Data.Uncertainty;

namespace Gpsi.Data.Tests.Uncertainty;

public sealed class FactorsReaderTests
{
    [Fact]
    public void AsemExample_Reads_AsCoinrRanIt()
    {
        var diagnostics = new List<Diagnostic>();
        var path = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(RecipeDirectory.Find()!))!, "examples", "asem-factors.yaml");

        var file = FactorsReader.ReadFile(path, diagnostics);

        diagnostics.ShouldBeEmpty(string.Join('\n', diagnostics));
        file.ShouldNotBeNull();
        file.Nominal.Normalise.ShouldBe(new NormalisationMethod.MinMax(1, 100));
        file.Nominal.Aggregate.ShouldBe(new AggregationMethod.ArithmeticMean());
        file.Factors.Select(f => f.Name).ShouldBe(["normalisation", "weights", "aggregation"]);
        file.Factors[0].ShouldBeOfType<Factor.NormalisationChoice>().Options
            .ShouldBe([new NormalisationMethod.MinMax(1, 100), new NormalisationMethod.ZScore(10, 2)]);
        var noise = file.Factors[1].ShouldBeOfType<Factor.WeightNoise>();
        noise.TreeLevels.ShouldBe([2, 3]);
        (noise.Epsilon, noise.Sets).ShouldBe((0.25, (int?)100));
        file.Factors[2].Levels.ShouldBe(2);
    }

    [Theory]
    [InlineData("factors:\n  - { name: n, normalize: [minmax, rank] }\n", "factors.unknown-key", 2, 16, "normalise")]
    [InlineData("factors:\n  - { name: n, normalise: [minmax, ranking] }\n", "factors.bad-method", 2, 36, null)]
    [InlineData("factors:\n  - { name: w, weight-noise: { levels: [2], epsilon: 1.5 } }\n", "factors.bad-value", 2, 54, null)]
    [InlineData("factors:\n  - { name: a, aggregate: [amean] }\n", "factors.bad-value", 2, 27, null)]
    public void BadFactor_IsADiagnosticWithLineAndColumn(string text, string code, int line, int column, string? hint)
    {
        var diagnostics = new List<Diagnostic>();

        FactorsReader.Read(text, "f.yaml", diagnostics).ShouldBeNull();

        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(code);
        (d.Location!.File, d.Location.Line, d.Location.Column).ShouldBe(("f.yaml", line, column));
        if (hint is not null)
        {
            d.Message.ShouldContain(hint);
        }
    }
}
