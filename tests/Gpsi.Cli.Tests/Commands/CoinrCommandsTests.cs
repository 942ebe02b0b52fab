namespace Gpsi.Cli.Tests.Commands;

public sealed class CoinrCommandsTests
{
    [Fact]
    public void ImportThenExport_Asem_GivesTheSameTablesByteForByte()
    {
        using var temp = new TempFolder();
        var import = CliRun.Of("import", "coinr", "--data", CliRun.AsemFile("iData.csv"), "--meta",
            CliRun.AsemFile("iMeta.csv"), "--out", temp["asem"]);
        import.ExitCode.ShouldBe(0, import.Error);
        var export = CliRun.Of("export", "coinr", "--recipe", System.IO.Path.Combine(temp["asem"], "recipe.yaml"),
            "--out", temp["back"]);
        export.ExitCode.ShouldBe(0, export.Error);
        File.ReadAllBytes(System.IO.Path.Combine(temp["back"], "iData.csv"))
            .ShouldBe(File.ReadAllBytes(CliRun.AsemFile("iData.csv")));
        File.ReadAllBytes(System.IO.Path.Combine(temp["back"], "iMeta.csv"))
            .ShouldBe(File.ReadAllBytes(CliRun.AsemFile("iMeta.csv")));
    }

    [Fact]
    public void ImportedRecipe_Builds_LikeTheMainJob()
    {
        using var temp = new TempFolder();
        CliRun.Of("import", "coinr", "--data", CliRun.AsemFile("iData.csv"), "--meta", CliRun.AsemFile("iMeta.csv"),
            "--out", temp["asem"]).ExitCode.ShouldBe(0);
        var build = CliRun.Of("build", "--recipe", System.IO.Path.Combine(temp["asem"], "recipe.yaml"), "--out",
            temp["out"]);
        build.ExitCode.ShouldBe(0, build.Error);
        CliRun.Of("build", "--example", "asem", "--out", temp["main"]).ExitCode.ShouldBe(0);
        File.ReadAllText(System.IO.Path.Combine(temp["out"], "scores.csv"))
            .ShouldBe(File.ReadAllText(System.IO.Path.Combine(temp["main"], "scores.csv")));
    }

    [Fact]
    public void Import_MissingFile_FailsNamingIt()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("import", "coinr", "--data", temp["nope.csv"], "--meta", CliRun.AsemFile("iMeta.csv"),
            "--out", temp["o"]);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("nope.csv");
        Directory.Exists(temp["o"]).ShouldBeFalse();
    }

    [Fact]
    public void Build_RecipeWithAWeightSet_LogsTheSet()
    {
        using var temp = new TempFolder();
        CliRun.Of("import", "coinr", "--data", CliRun.AsemFile("iData.csv"), "--meta", CliRun.AsemFile("iMeta.csv"),
            "--out", temp["asem"]).ExitCode.ShouldBe(0);
        var recipe = System.IO.Path.Combine(temp["asem"], "recipe.yaml");
        var text = File.ReadAllText(recipe);
        text.ShouldContain("  - aggregate: amean\n");
        File.WriteAllText(recipe, text.Replace("  - aggregate: amean\n",
            "  - weight: { set: conn-heavy, weights: { Conn: 2 } }\n  - aggregate: amean\n", StringComparison.Ordinal));
        var build = CliRun.Of("build", "--recipe", recipe, "--out", temp["out"]);
        build.ExitCode.ShouldBe(0, build.Error);
        var log = File.ReadAllText(System.IO.Path.Combine(temp["out"], "build-log.json"));
        log.ShouldContain("\"set\": \"conn-heavy\"");
        log.ShouldContain("\"node\": \"Conn\",\n      \"weight\": 2");
    }
}
