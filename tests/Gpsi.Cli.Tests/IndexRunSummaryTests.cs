using System.Collections.Immutable;
using Gpsi.Data.Editions;
using Gpsi.Data.Tests.Output;
using Shouldly;
using Xunit;

namespace Gpsi.Cli.Tests;

public sealed class IndexRunSummaryTests
{
    private static string Print(IndexRun run, Terminal terminal, params string[] published)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        IndexRunSummary.Print(new CliConsole(output, error, terminal), run, "/tmp/out", published);
        error.ToString().ShouldBeEmpty();
        return output.ToString();
    }

    [Fact]
    public void Print_PlainSampleRun_ExactLines() =>
        Print(SampleRun.Create(), Terminal.Plain, "gpsi-test-2019", "gpsi-test-2020").ShouldBe(
            "built gpsi-test 1.0, editions 2019–2020: 3 countries considered, 2 dimensions, 2 indicators\n" +
            "coverage 2019: 3 of 3 countries ranked, 100.0% of world population, 100.0% of land area\n" +
            "coverage 2020: 2 of 3 countries ranked, 60.0% of world population, 40.0% of land area\n" +
            "top 1 NOR 82.0 high\n" +
            "top 2 KOR 63.5 medium\n" +
            "movers 2019→2020: no country changed rank\n" +
            $"recipe {SampleRun.RecipeHash}\n" +
            $"snapshot {SampleRun.SnapshotId}\n" +
            "wrote /tmp/out\n" +
            "published gpsi-test-2019, gpsi-test-2020\n");

    [Fact]
    public void Print_PlainRankSwap_ListsRiserAndFaller()
    {
        var text = Print(Swapped(), Terminal.Plain);
        var lines = text.Split('\n');
        lines.ShouldContain("top 1 KOR 63.5 medium");
        lines.ShouldContain("top 2 NOR 82.0 high");
        lines.ShouldContain("up KOR 2→1 (+1) 60.0→63.5");
        lines.ShouldContain("down NOR 1→2 (-1) 80.5→82.0");
        lines.ShouldContain("published nothing");
        text.ShouldNotContain("\u001b");
    }

    [Fact]
    public void Print_PlainTwentyFiveRanked_TopTenAndBottomTenDisjoint()
    {
        var run = SampleRun.Create();
        ImmutableArray<ScoreRow> scores = [.. Enumerable.Range(1, 25).Select(i =>
            new ScoreRow(2020, $"C{i:00}", "index", 100 - i, i, null, null, null, null, null, null, null, null))];
        var lines = Print(run with { Scores = scores }, Terminal.Plain).Split('\n');
        lines.Where(l => l.StartsWith("top ", StringComparison.Ordinal)).ShouldBe(
            Enumerable.Range(1, 10).Select(i => $"top {i} C{i:00} {100 - i}.0"));
        lines.Where(l => l.StartsWith("bottom ", StringComparison.Ordinal)).ShouldBe(
            Enumerable.Range(16, 10).Select(i => $"bottom {i} C{i:00} {100 - i}.0"));
    }

    [Fact]
    public void Print_Interactive_DrawsTablesWithNamesAndHashes()
    {
        var text = Print(Swapped(), new Terminal(true), "e1");
        text.ShouldContain("Top 2 — 2020");
        text.ShouldContain("Korea, Rep.");
        text.ShouldContain("Largest movers 2019 → 2020");
        text.ShouldContain("2 → 1");
        text.ShouldContain(SampleRun.RecipeHash);
        text.ShouldContain("published e1");
    }

    /// <summary>The sample with KOR and NOR swapping ranks in 2020.</summary>
    private static IndexRun Swapped()
    {
        var run = SampleRun.Create();
        return run with
        {
            Scores = [.. run.Scores.Select(s => s is { Year: 2020, Node: "index" }
                ? s with { Rank = s.Iso3 == "KOR" ? 1 : 2 }
                : s)],
        };
    }
}
