namespace Gpsi.Cli.Tests.Commands;

public sealed class BuildCommandTests
{
    private static readonly string[] Outputs =
        ["normalised.csv", "scores.csv", "ranks.csv", "bands.csv", "build-log.json", "diagnostics.txt"];

    [Fact]
    public void Build_NoRecipe_BuildsAsemAndWritesEveryOutput()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("build", "--example", "asem", "--out", temp["asem"]);
        run.ExitCode.ShouldBe(0, run.Error);
        foreach (var file in Outputs)
        {
            File.Exists(System.IO.Path.Combine(temp["asem"], file)).ShouldBeTrue(file);
        }

        run.Out.ShouldContain("51 units × 49 indicators");
        File.ReadAllText(System.IO.Path.Combine(temp["asem"], "ranks.csv"))
            .ShouldStartWith("\"uCode\",\"Physical\",\"ConEcFin\"");
    }

    [Fact]
    public void Build_SameInputTwice_GivesByteIdenticalOutputs()
    {
        using var temp = new TempFolder();
        CliRun.Of("build", "--example", "asem", "--out", temp["a"]).ExitCode.ShouldBe(0);
        CliRun.Of("build", "--example", "asem", "--out", temp["b"]).ExitCode.ShouldBe(0);
        foreach (var file in Outputs)
        {
            File.ReadAllBytes(System.IO.Path.Combine(temp["a"], file))
                .ShouldBe(File.ReadAllBytes(System.IO.Path.Combine(temp["b"], file)), file);
        }
    }

    [Theory]
    [InlineData("--normalise", "zscore:0,1", "\"method\": \"zscore:0,1\"")]
    [InlineData("--normalise", "minmax:1,100", "\"method\": \"minmax:1,100\"")]
    [InlineData("--normalise", "prank", "\"method\": \"prank\"")]
    [InlineData("--normalise", "rank", "\"method\": \"rank\"")]
    [InlineData("--normalise", "borda", "\"method\": \"borda\"")]
    [InlineData("--aggregate", "copeland", "\"method\": \"copeland\"")]
    [InlineData("--aggregate", "median", "\"method\": \"median\"")]
    [InlineData("--impute", "mean", "\"method\": \"mean\"")]
    [InlineData("--impute", "median", "\"method\": \"median\"")]
    [InlineData("--impute", "median-by:EurAsia_group", "\"method\": \"median-by:EurAsia_group\"")]
    [InlineData("--impute", "row:2", "\"method\": \"row:2\"")]
    [InlineData("--treat", "default", "\"method\": \"default:5,2,3.5\"")]
    [InlineData("--weights", "pca", "\"method\": \"pca\"")]
    [InlineData("--weights", "equal", "\"method\": \"equal\"")]
    [InlineData("--denominate", null, "\"kind\": \"denominate\"")]
    [InlineData("--screen", "0.9", "\"min-availability\": 0.9")]
    public void Build_Override_Succeeds(string option, string? value, string logged)
    {
        using var temp = new TempFolder();
        string[] args = value is null ? ["build", "--example", "asem", "--out", temp["o"], option] : ["build", "--example", "asem", "--out", temp["o"], option, value];
        var run = CliRun.Of(args);
        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadAllText(System.IO.Path.Combine(temp["o"], "build-log.json")).ShouldContain(logged);
    }

    [Fact]
    public void Build_ZScoreOverride_ChangesTheRecipeHash()
    {
        using var temp = new TempFolder();
        CliRun.Of("build", "--example", "asem", "--out", temp["a"]).ExitCode.ShouldBe(0);
        CliRun.Of("build", "--example", "asem", "--out", temp["b"], "--normalise", "zscore:0,1").ExitCode.ShouldBe(0);
        var a = File.ReadAllText(System.IO.Path.Combine(temp["a"], "build-log.json"));
        var b = File.ReadAllText(System.IO.Path.Combine(temp["b"], "build-log.json"));
        Hash(a).ShouldNotBe(Hash(b));
        b.ShouldContain("zscore:0,1");
    }

    [Fact]
    public void Build_GeometricMeanOverZeros_FailsNamingUnitAndNode_WritesNothing()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("build", "--example", "asem", "--out", temp["o"], "--aggregate", "gmean");
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("aggregate.non-positive");
        run.Error.ShouldContain("for unit '");
        Directory.Exists(temp["o"]).ShouldBeFalse();
    }

    [Fact]
    public void Build_GeometricMeanOnPositiveScale_Succeeds()
    {
        using var temp = new TempFolder();
        CliRun.Of("build", "--example", "asem", "--out", temp["o"], "--normalise", "minmax:1,100", "--aggregate", "gmean")
            .ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Build_BadOverrideSyntax_IsAUsageError()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("build", "--example", "asem", "--out", temp["o"], "--normalise", "minmax:5,1");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--normalise");
        Directory.Exists(temp["o"]).ShouldBeFalse();
    }

    [Fact]
    public void Build_Help_MatchesSnapshot()
    {
        var run = CliRun.Of("build", "--help");
        run.ExitCode.ShouldBe(0);
        var snapshot = System.IO.Path.Combine(AppContext.BaseDirectory, "Snapshots", "build-help.txt");
        // The usage line names the running executable: gpsi normally, the test host here.
        var help = run.Out.ReplaceLineEndings("\n").Replace("testhost build", "gpsi build", StringComparison.Ordinal);
        help.ShouldBe(File.ReadAllText(snapshot).ReplaceLineEndings("\n"));
    }

    private static string Hash(string log)
    {
        var at = log.IndexOf("\"recipeHash\": \"", StringComparison.Ordinal) + 15;
        return log[at..log.IndexOf('"', at)];
    }
}
