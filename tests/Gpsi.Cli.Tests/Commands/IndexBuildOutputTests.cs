using System.Security.Cryptography;
using System.Text.Json;

namespace Gpsi.Cli.Tests.Commands;

/// <summary><c>gpsi build</c> of the GPSI over the shared data: the output folder and the plain summary.</summary>
public sealed class IndexBuildOutputTests
{
    [Fact]
    public void Build_Gpsi_WritesEveryOutputListedInTheManifestAndPrintsThePlainSummary()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("build", "--out", temp["out"], "--store", temp["gpsi.db"]);
        run.ExitCode.ShouldBe(0, run.Error);

        using var manifest = JsonDocument.Parse(File.ReadAllText(temp["out"] + "/manifest.json"));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => f.GetProperty("name").GetString()).ShouldBe(
        [
            "rankings.csv", "scores.csv", "bands.csv", "coverage.csv", "completeness.csv", "excluded.csv", "values.csv",
            "imputed.csv", "derivations.csv", "sources.csv", "rankings.json", "rankings.xlsx",
        ]);
        foreach (var f in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(temp["out"], f.GetProperty("name").GetString()!));
            f.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        var recipeHash = manifest.RootElement.GetProperty("recipe_hash").GetString()!;
        recipeHash.ShouldStartWith("sha256:");
        var rankings = File.ReadAllLines(temp["out"] + "/rankings.csv");
        rankings.Length.ShouldBe(1 + 195 * 11); // header + 195 considered countries × editions 2010–2020
        rankings[1].ShouldEndWith("," + recipeHash + "," + manifest.RootElement.GetProperty("snapshot_id").GetString());

        var lines = run.Out.Split('\n');
        lines.ShouldContain("gpsi: writing the output folder…");
        lines.Count(l => l.StartsWith("coverage ", StringComparison.Ordinal)).ShouldBe(11);
        lines.ShouldContain(l => l.StartsWith("coverage 2020: 193 of 195 countries ranked, ", StringComparison.Ordinal));
        lines.Count(l => l.StartsWith("top ", StringComparison.Ordinal)).ShouldBe(10);
        lines.Count(l => l.StartsWith("bottom ", StringComparison.Ordinal)).ShouldBe(10);
        lines.ShouldContain(l => l.StartsWith("bottom 193 ", StringComparison.Ordinal));
        lines.ShouldContain($"recipe {recipeHash}");
        lines.ShouldContain($"wrote {temp["out"]}");
        run.Out.ShouldNotContain("\u001b");
    }
}
