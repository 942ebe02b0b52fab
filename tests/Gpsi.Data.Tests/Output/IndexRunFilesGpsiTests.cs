using System.Diagnostics;
using System.Text;
using Gpsi.Data.Editions;
using Gpsi.Data.Output;
using Gpsi.Data.Tests.Editions;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Gpsi.Data.Tests.Output;

/// <summary>The output files of the real GPSI v1 run over the shared data.</summary>
public sealed class IndexRunFilesGpsiTests(ITestOutputHelper log)
{
    private static readonly Lazy<(IReadOnlyList<OutputFile> Files, TimeSpan Elapsed)> Rendered = new(() =>
    {
        var run = GpsiRun.Run;
        var clock = Stopwatch.StartNew();
        var files = IndexRunFiles.Render(run);
        return (files, clock.Elapsed);
    });

    private static string[] Lines(string name) =>
        Encoding.UTF8.GetString(Rendered.Value.Files.Single(f => f.Name == name).Content).Split('\n');

    [Fact]
    public void RankingsCsv_Gpsi_OneRowPerConsideredCountryAndYearWithTheRecipesDimensions()
    {
        var run = GpsiRun.Run;
        var lines = Lines("rankings.csv");
        lines[0].ShouldBe("iso3,name,year,index,index_rank,band,index_rank_low,index_rank_median,index_rank_high," +
            "order,order_rank,terror,terror_rank,cyber,cyber_rank," +
            "road,road_rank,income_group,income_group_rank,region,region_rank,recipe_hash,snapshot_id");
        (lines.Length - 2).ShouldBe(run.Countries.Length * run.Years.Length);
        lines.ShouldAllBe(l => l.Length == 0 || l.EndsWith("," + run.RecipeHash + "," + run.SnapshotId, StringComparison.Ordinal)
            || l.StartsWith("iso3,", StringComparison.Ordinal));

        // The 2020 edition in rank order: as many rows with index_rank as ranked countries, unranked ones last and empty.
        var rows2020 = lines.Skip(1).Where(l => l.Length > 0).Select(CsvLine.Fields).Where(f => f[2] == "2020").ToList();
        var ranked = run.Coverage.Single(c => c.Year == 2020).Ranked;
        rows2020.Count(f => f[4].Length > 0).ShouldBe(ranked);
        rows2020.Take(ranked).Select(f => int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(rows2020.Take(ranked).Select(f => int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture)).Order());
        var excluded = run.Excluded.Where(e => e.Year == 2020).Select(e => e.Iso3).Order(StringComparer.Ordinal);
        rows2020.Skip(ranked).Select(f => f[0]).ShouldBe(excluded);
        rows2020.Skip(ranked).ShouldAllBe(f => f[3].Length == 0 && f[5].Length == 0 && f[6].Length == 0);
        // Every ranked row has its rank interval, the rank inside it (the same numbers the run carries).
        foreach (var f in rows2020.Take(ranked))
        {
            var (rank, low, high) = (double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(f[6], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(f[8], System.Globalization.CultureInfo.InvariantCulture));
            (low <= rank && rank <= high).ShouldBeTrue(f[0]);
        }
    }

    [Fact]
    public void ImputedCsv_Gpsi_EveryCarriedForwardBackCastOrImputedValue()
    {
        var filled = GpsiRun.Run.Values.Count(v => v.Status is ValueStatus.CarriedForward or ValueStatus.BackCast or ValueStatus.Imputed);
        filled.ShouldBeGreaterThan(0);
        (Lines("imputed.csv").Length - 2).ShouldBe(filled);
        (Lines("values.csv").Length - 2).ShouldBe(GpsiRun.Run.Values.Length);
    }

    [Fact]
    public void Render_Gpsi_ByteIdenticalTwiceAndTimed()
    {
        var clock = Stopwatch.StartNew();
        var again = IndexRunFiles.Render(GpsiRun.Run);
        var second = clock.Elapsed;
        var first = Rendered.Value;
        log.WriteLine($"render: first {first.Elapsed.TotalMilliseconds:F0} ms, second {second.TotalMilliseconds:F0} ms; " +
            string.Join(", ", first.Files.Select(f => $"{f.Name} {f.Content.Length / 1024} KiB")));
        again.Select(f => f.Content).ShouldBe(first.Files.Select(f => f.Content));
    }
}
