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
    public void Gpsi_2020_ExcludesOnlyCountriesBelowTheMinimumDataRule()
    {
        Run.Excluded.Where(e => e.Year == 2020).Select(e => e.Iso3).ShouldBe(["MHL", "NRU"]);
        Run.Excluded.First(e => e.Year == 2020).Reason.ShouldContain("5 of 10 values available");
    }

    [Fact]
    public void Value_Observed_CarriesItsSourceLine()
    {
        var v = Value(2020, "NOR", "homicide");
        v.Status.ShouldBe(ValueStatus.Observed);
        v.DataYear.ShouldBe(2020);
        v.Value.ShouldBe(0.576286);
        v.Provenance.Single().File.ShouldBe("homicide/unodc_homicide_rate_owid.csv");
        v.Provenance.Single().Line.ShouldNotBeNull();
    }

    [Fact]
    public void Value_CarriedForward_IsARateOfItsDataYear()
    {
        // UCDP ends in 2018: the 2020 edition carries AFG's 2018 rate forward, per 100k of 2018's population.
        var v = Value(2020, "AFG", "conflict_deaths");
        v.Status.ShouldBe(ValueStatus.CarriedForward);
        v.DataYear.ShouldBe(2018);
        v.Imputation.ShouldBe("latest:5");
        var population = GpsiRun.Inputs.Load.Observations.Single(o =>
            o.Indicator == "population" && o.Country.Value == "AFG" && o.Year == 2018).Value;
        v.Value!.Value.ShouldBe(26888 / population * 100000, 1e-9);
        v.Provenance.Select(p => p.SourceId).ShouldContain(id => id.Contains("ucdp-conflict-deaths-owid", StringComparison.Ordinal));
        v.Provenance.Length.ShouldBe(2);
    }

    [Fact]
    public void Value_BeforeTheSeriesBegan_IsBackCast()
    {
        var v = Value(2010, "AFG", "gci");
        v.Status.ShouldBe(ValueStatus.BackCast);
        v.DataYear.ShouldBe(2017);
        v.Value!.Value.ShouldBe(24.5, 1e-9);
    }

    [Fact]
    public void Value_TenYearChange_IsPercentOfTheRateTenYearsBefore()
    {
        var v = Value(2019, "AFG", "road_death_change");
        v.Status.ShouldBe(ValueStatus.Observed);
        v.Value!.Value.ShouldBe((15.85932 - 14.42165) / 14.42165 * 100, 1e-9);
    }

    [Fact]
    public void TerrorismComponents_ArePerYearAsTheDataProvide()
    {
        bool Has(int year, string component) => Run.Derivations.Single(n =>
            n.Series == "terrorism_raw" && n.Year == year && n.Component == component).Available;
        Has(2015, "injuries").ShouldBeTrue();
        Has(2015, "property").ShouldBeTrue();
        Has(2015, "hostage").ShouldBeTrue();
        Has(2019, "injuries").ShouldBeFalse();
        Has(2019, "hostage").ShouldBeFalse();
        Has(2019, "incidents").ShouldBeTrue();
        Has(2010, "property").ShouldBeFalse();
        Has(2010, "deaths").ShouldBeTrue();
    }

    [Fact]
    public void PeerRanks_RunFromOneToTheGroupSize()
    {
        foreach (var group in Run.Scores.Where(s => s.Node == "index" && s.IncomeGroup is not null)
                     .GroupBy(s => (s.Year, s.IncomeGroup)))
        {
            var ranks = group.Select(s => s.IncomeGroupRank!.Value).Order().ToList();
            ranks[0].ShouldBe(1);
            group.All(s => s.IncomeGroupSize == group.Count()).ShouldBeTrue();
            group.Select(s => s.IncomeGroupMean!.Value).Distinct().Single().ShouldBe(group.Average(s => s.Score!.Value), 1e-9);
        }
    }

    [Fact]
    public void Scores_AreOrderedByRankWithEveryNodePerCountry()
    {
        var index = Run.Scores.Where(s => s.Year == 2020 && s.Node == "index").ToList();
        index.Count.ShouldBe(193);
        index.Select(s => s.Rank!.Value).ShouldBeInOrder(SortDirection.Ascending);
        index.All(s => s.Score is >= 0 and <= 100 && s.Band is not null).ShouldBeTrue();
        Run.Scores.Count(s => s.Year == 2020).ShouldBe(193 * Run.Nodes.Length);
    }

    [Fact]
    public void Coverage_PopulationShare_IsRankedOverWorld()
    {
        var c = Run.Coverage.Single(x => x.Year == 2020);
        c.PopulationShare.ShouldBe(c.RankedPopulation / c.WorldPopulation, 1e-15);
        c.WorldPopulation.ShouldBeGreaterThan(7.5e9);
    }

    private static IndicatorValue Value(int year, string iso3, string indicator) =>
        Run.Values.Single(v => v.Year == year && v.Iso3 == iso3 && v.Indicator == indicator);
}
