using Gpsi.Data.Editions;

namespace Gpsi.Data.Tests.Editions;

public sealed class IndexRunnerTests
{
    private static IndexRun Run => GpsiRun.Run;

    [Fact]
    public void Gpsi_Editions_AreTheElevenYears()
    {
        Run.Years.ShouldBe([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
        Run.Nodes[0].Code.ShouldBe("index");
        Run.Nodes.Where(n => n.Level == 2).Select(n => n.Code).ShouldBe(["order", "terror", "cyber", "road"]);
    }

    [Fact]
    public void Gpsi_2020_RanksAtLeast190Countries()
    {
        var coverage = Run.Coverage.Single(c => c.Year == 2020);
        coverage.Considered.ShouldBe(195);
        coverage.Ranked.ShouldBeGreaterThanOrEqualTo(190);
        coverage.PopulationShare.ShouldBeGreaterThan(0.95);
    }

    [Fact]
    public void Dump()
    {
        foreach (var c in Run.Coverage)
        {
            Console.WriteLine(c);
        }

        foreach (var e in Run.Excluded.Where(e => e.Year is 2010 or 2020))
        {
            Console.WriteLine(e);
        }

        foreach (var s in Run.Scores.Where(s => s.Year == 2020 && s.Node == "index"))
        {
            Console.WriteLine($"{s.Rank} {s.Iso3} {s.Score:F1} {s.Band}");
        }
    }
}
