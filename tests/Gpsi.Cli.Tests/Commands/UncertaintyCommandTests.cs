namespace Gpsi.Cli.Tests.Commands;

public sealed class UncertaintyCommandTests
{
    private static readonly string Factors = Path.Combine(
        Path.GetDirectoryName(Path.GetDirectoryName(Gpsi.Data.RecipeDirectory.Find()!))!, "examples", "asem-factors.yaml");

    [Fact]
    public void Uncertainty_AsemExample_WritesCoinrColumns_SameSeedSameBytes()
    {
        using var temp = new TempFolder();
        var a = CliRun.Of("uncertainty", "--example", "asem", "--factors", Factors, "--n", "200", "--seed", "3", "--out", temp["a"]);
        var b = CliRun.Of("uncertainty", "--example", "asem", "--factors", Factors, "--n", "200", "--seed", "3", "--out", temp["b"]);

        a.ExitCode.ShouldBe(0, a.Error);
        b.ExitCode.ShouldBe(0, b.Error);
        var lines = File.ReadAllLines(Path.Combine(temp["a"], "ua-ranks.csv"));
        lines[0].ShouldBe("uCode,Nominal,Mean,Median,Q5,Q95");
        lines.Length.ShouldBe(52);
        File.ReadAllBytes(Path.Combine(temp["b"], "ua-ranks.csv")).ShouldBe(File.ReadAllBytes(Path.Combine(temp["a"], "ua-ranks.csv")));
        File.ReadAllText(Path.Combine(temp["a"], "summary.txt")).ShouldContain("replications: 200, seed: 3");
    }

    [Fact]
    public void Uncertainty_FactorsTheRecipeCannotTake_StopsAndWritesNothing()
    {
        using var temp = new TempFolder();
        // The GPSI scores 0 on goalposts at the bottom: a geometric mean of them cannot be taken.
        var run = CliRun.Of("uncertainty", "--factors", Factors, "--n", "20", "--out", temp["o"]);

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("aggregate.non-positive");
        run.Error.ShouldContain("aggregation = gmean");
        Directory.Exists(temp["o"]).ShouldBeFalse();
    }

    [Fact]
    public void Uncertainty_AsemWithSa_WritesIndicesAndSummary_SameSeedSameBytes()
    {
        using var temp = new TempFolder();
        string[] args = ["uncertainty", "--example", "asem", "--factors", Factors, "--n", "40", "--seed", "5", "--sa", "--bootstrap", "200"];
        var a = CliRun.Of([.. args, "--out", temp["a"]]);
        var b = CliRun.Of([.. args, "--out", temp["b"]]);

        a.ExitCode.ShouldBe(0, a.Error);
        b.ExitCode.ShouldBe(0, b.Error);
        a.Out.ShouldContain("sensitivity analysis of 200 replications");
        var lines = File.ReadAllLines(Path.Combine(temp["a"], "sa-indices.csv"));
        lines[0].ShouldBe("factor,S,S_low,S_high,ST,ST_low,ST_high");
        lines.Skip(1).Select(l => l.Split(',')[0]).ShouldBe(["normalisation", "weights", "aggregation"]);
        foreach (var line in lines.Skip(1))
        {
            var v = line.Split(',').Skip(1).Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            (v[1] <= v[0] && v[0] <= v[2] && v[4] <= v[3] && v[3] <= v[5]).ShouldBeTrue(line);
            v[3].ShouldBeInRange(0, 1.1, line);
        }

        File.ReadAllBytes(Path.Combine(temp["b"], "sa-indices.csv")).ShouldBe(File.ReadAllBytes(Path.Combine(temp["a"], "sa-indices.csv")));
        var summary = File.ReadAllText(Path.Combine(temp["a"], "summary.txt"));
        summary.ShouldContain("sensitivity analysis: N = 40, 200 replications (N·(d + 2)), bootstrap 200");
        summary.ShouldContain("target: mean absolute rank shift");
        // Aggregation dominates ASEM's rank shifts (tests/Gpsi.Data.Tests/Uncertainty/AsemSensitivityTests.cs): listed first.
        summary[summary.IndexOf("factors by total index", StringComparison.Ordinal)..].Split('\n')[1].ShouldStartWith("  aggregation: ST ");
        File.ReadAllLines(Path.Combine(temp["a"], "ua-ranks.csv")).Length.ShouldBe(52);
    }

    [Fact]
    public void Uncertainty_ExcludingAnUnknownIndicator_IsADiagnosticAtTheFactorsFile()
    {
        using var temp = new TempFolder();
        var factors = Path.Combine(temp["f"] + ".yaml");
        File.WriteAllText(factors, "factors:\n  - { name: x, exclude: [LPI, Flihgts] }\n");

        var run = CliRun.Of("uncertainty", "--example", "asem", "--factors", factors, "--n", "10", "--out", temp["o"]);

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("factors.unknown-indicator");
        run.Error.ShouldContain(".yaml:2:31");
        run.Error.ShouldContain("did you mean 'Flights'?");
        Directory.Exists(temp["o"]).ShouldBeFalse();
    }

    [Fact]
    public void Uncertainty_GpsiWithoutFactors_RunsTheRecipesOwnAnalysis_OnTheCompiledModel()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("uncertainty", "--n", "300", "--year", "2020", "--out", temp["o"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("300 replications of gpsi-v1");
        run.Out.ShouldContain("3 factors (2020, compiled model)");
        var ranks = File.ReadAllLines(Path.Combine(temp["o"], "ua-ranks.csv"));
        ranks.Length.ShouldBe(196); // every considered country; the two not ranked have no nominal rank
        ranks.Skip(1).Count(l => l.Split(',')[1].Length > 0).ShouldBe(193);
        ranks.ShouldContain(l => l.StartsWith("SGP,1,", StringComparison.Ordinal) && l.EndsWith(",1,1,1", StringComparison.Ordinal)); // median, Q5, Q95 all first
        var scores = File.ReadAllLines(Path.Combine(temp["o"], "ua-scores.csv"));
        scores[0].ShouldBe("uCode,Nominal,Mean,Median,Q5,Q95");
        var singapore = scores.Single(l => l.StartsWith("SGP,", StringComparison.Ordinal)).Split(',')
            .Skip(1).Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        singapore[0].ShouldBe(93.4, 0.05); // the published 2020 score
        (singapore[3] <= singapore[2] && singapore[2] <= singapore[4]).ShouldBeTrue();
        File.ReadAllText(Path.Combine(temp["o"], "summary.txt")).ShouldContain("factor imputation:");
    }

    [Fact]
    public void Uncertainty_AsemWithExclusionAndImputationFactors_Runs()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["f.yaml"], """
            nominal: { normalise: "minmax:1,100", aggregate: amean }
            factors:
              - { name: drop, exclude: [LPI, Flights, Gas] }
              - { name: fill, impute: [none, mean] }
              - { name: weights, weight-noise: { levels: [2], epsilon: 0.2, sets: 50 } }
            """);
        var run = CliRun.Of("uncertainty", "--example", "asem", "--factors", temp["f.yaml"], "--n", "200", "--sa",
            "--bootstrap", "0", "--out", temp["o"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("compiled model");
        File.ReadAllLines(Path.Combine(temp["o"], "sa-indices.csv")).Skip(1).Select(l => l.Split(',')[0])
            .ShouldBe(["drop", "fill", "weights"]);
    }

    [Fact]
    public void Uncertainty_ExampleWithoutFactors_IsAUsageError()
    {
        var run = CliRun.Of("uncertainty", "--example", "asem", "--n", "10");

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("--factors: recipe 'asem' states no uncertainty analysis");
    }
}
