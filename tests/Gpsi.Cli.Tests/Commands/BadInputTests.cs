namespace Gpsi.Cli.Tests.Commands;

/// <summary>
/// Bad input exits non-zero with a message naming the file, the line or field, and what was expected — and writes
/// no output at all.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public BadInputTests()
    {
        var import = CliRun.Of("import", "coinr", "--data", CliRun.AsemFile("iData.csv"), "--meta",
            CliRun.AsemFile("iMeta.csv"), "--out", _temp["asem"]);
        import.ExitCode.ShouldBe(0, import.Error);
    }

    private string RecipePath => System.IO.Path.Combine(_temp["asem"], "recipe.yaml");

    private string DataPath => System.IO.Path.Combine(_temp["asem"], "data.csv");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_UnreadableRecipe_NamesTheFile()
    {
        var run = Build(_temp["missing.yaml"]);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("missing.yaml");
        NoOutput();
    }

    [Fact]
    public void Build_ParentThatDoesNotExist_NamesRecipeLineAndField()
    {
        var (line, text) = Edit(RecipePath, "parent: Physical", "parent: Nowhere");
        var run = Build(RecipePath);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"recipe.yaml:{line}:");
        run.Error.ShouldContain("Nowhere");
        run.Error.ShouldContain(".parent");
        text.ShouldNotBeEmpty();
        NoOutput();
    }

    [Fact]
    public void Build_Cycle_IsRejected()
    {
        Edit(RecipePath, "parent: Index", "parent: Physical");
        var run = Build(RecipePath);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("cycle");
        NoOutput();
    }

    [Fact]
    public void Build_UnknownIndicatorCode_NamesTheField()
    {
        var (line, _) = Edit(RecipePath, "code: LPI", "code: LPX");
        var run = Build(RecipePath);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"recipe.yaml:{line}:");
        run.Error.ShouldContain("LPX");
        run.Error.ShouldContain("not in the data");
        NoOutput();
    }

    [Fact]
    public void Build_NonNumericCell_NamesFileLineAndColumn()
    {
        var lines = File.ReadAllLines(DataPath);
        var cells = lines[3].Split(',');
        var column = Array.IndexOf(lines[0].Split(','), "\"LPI\"");
        cells[column] = "n/a";
        lines[3] = string.Join(',', cells);
        File.WriteAllText(DataPath, string.Join('\n', lines) + "\n");
        var run = Build(RecipePath);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"data.csv:4:{column + 1}");
        run.Error.ShouldContain("'n/a'");
        run.Error.ShouldContain("expected a finite number");
        NoOutput();
    }

    [Fact]
    public void Build_GeometricMeanOverNonPositive_NamesUnitAndNode()
    {
        var run = CliRun.Of("build", "--recipe", RecipePath, "--out", _temp["out"], "--aggregate", "gmean");
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("needs positive values");
        NoOutput();
    }

    [Fact]
    public void Build_ExistingOutputFolder_IsLeftIntactOnFailure()
    {
        Directory.CreateDirectory(_temp["out"]);
        File.WriteAllText(System.IO.Path.Combine(_temp["out"], "scores.csv"), "previous");
        Edit(RecipePath, "parent: Physical", "parent: Nowhere");
        Build(RecipePath).ExitCode.ShouldBe(1);
        File.ReadAllText(System.IO.Path.Combine(_temp["out"], "scores.csv")).ShouldBe("previous");
    }

    private CliRun Build(string recipe) => CliRun.Of("build", "--recipe", recipe, "--out", _temp["out"]);

    private void NoOutput() => Directory.Exists(_temp["out"]).ShouldBeFalse();

    private static (int Line, string Text) Edit(string path, string find, string replace)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.Contains(find, StringComparison.Ordinal));
        index.ShouldBeGreaterThanOrEqualTo(0, $"'{find}' not in {path}");
        lines[index] = lines[index].Replace(find, replace, StringComparison.Ordinal);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return (index + 1, lines[index]);
    }
}
