namespace Gpsi.Cli.Tests.Commands;

public sealed class MethodologyCommandTests
{
    private static readonly string Repository = FindRepository();

    [Fact]
    public void Methodology_CommittedDocument_EqualsTheCommandsOutputForTheCommittedRecipe()
    {
        var run = CliRun.Of("methodology", "--recipe", Path.Combine(Repository, "recipes", "gpsi-v1.yaml"));
        run.ExitCode.ShouldBe(0, run.Error);
        var committed = File.ReadAllText(Path.Combine(Repository, "docs", "methodology.md"));
        run.Out.ShouldBe(committed, "docs/methodology.md is stale: regenerate it with `gpsi methodology --out docs/methodology.md`");
    }

    [Fact]
    public void Methodology_DefaultRecipe_IsFoundFromTheRepositoryAndHashed()
    {
        var run = CliRun.Of("methodology");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("# ");
        run.Out.ShouldMatch(@"Recipe hash: `sha256:[0-9a-f]{64}`");
        run.Out.ShouldContain("## Build steps, in order");
        run.Out.ShouldContain("## Minimum-data rule");
    }

    [Fact]
    public void Methodology_Out_WritesTheFile()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("methodology", "--out", temp["m.md"]);
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldBeEmpty();
        File.ReadAllText(temp["m.md"]).ShouldContain("## The index tree");
    }

    [Fact]
    public void Methodology_MissingRecipe_FailsWithADiagnostic()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("methodology", "--recipe", temp["none.yaml"]);
        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("none.yaml");
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gpsi.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Gpsi.slnx) was not found.");
    }
}
