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
}
