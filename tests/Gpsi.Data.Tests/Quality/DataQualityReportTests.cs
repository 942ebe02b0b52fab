using Gpsi.Core.Observations;
using Gpsi.Data.Loading;
using Gpsi.Data.Quality;
using Gpsi.Data.Sources;
using Shouldly;
using Xunit;
using static Gpsi.Data.Tests.Loading.LoaderFixture;

namespace Gpsi.Data.Tests.Quality;

public sealed class DataQualityReportTests
{
    private static Observation Obs(string iso3, int year, double value, string indicator = "rate") =>
        new(new CountryCode(iso3), indicator, year, value,
            new Provenance("src", "f.csv", year - 1990, "v", "per 100k", []));

    private static DataLoad Load(params Observation[] observations) =>
        new(LoadMode.Strict, observations, [], [], ObservationSetHash.Compute(observations));

    [Fact]
    public void Create_Coverage_CountsCountriesPerYear()
    {
        var report = DataQualityReport.Create(Load(Obs("FRA", 2018, 1), Obs("FRA", 2019, 1), Obs("TCD", 2019, 2)),
            [Source("src", Series("rate"))]);

        var c = report.Coverage.Single();
        (c.Indicator, c.SourceId, c.Unit, c.FirstYear, c.LastYear, c.Countries).ShouldBe(("rate", "src", "per 100k", 2018, 2019, 2));
        c.CountriesByYear.ShouldBe(new Dictionary<int, int> { [2018] = 1, [2019] = 2 });
    }

    [Fact]
    public void Create_Gaps_AreMissingYearsInsideACountrysSpanThatOthersReport()
    {
        // FRA: 2010, 2013 → 2011 and 2012 missing, but only 2011 is reported by anyone; TCD complete.
        var report = DataQualityReport.Create(
            Load(Obs("FRA", 2010, 1), Obs("FRA", 2013, 1), Obs("TCD", 2010, 1), Obs("TCD", 2011, 1)),
            [Source("src", Series("rate"))]);

        var gap = report.Gaps.Single();
        (gap.Country, gap.FirstYear, gap.LastYear).ShouldBe(("FRA", 2010, 2013));
        gap.MissingYears.ShouldBe([2011]);
    }

    [Fact]
    public void Create_GapWindow_IgnoresMissingYearsOutsideIt()
    {
        var load = Load(Obs("FRA", 2005, 1), Obs("FRA", 2013, 1), Obs("TCD", 2006, 1), Obs("TCD", 2011, 1));

        DataQualityReport.Create(load, [Source("src", Series("rate"))], (2010, 2020)).Gaps.Single().MissingYears.ShouldBe([2011]);
        DataQualityReport.Create(load, [Source("src", Series("rate"))], (2012, 2020)).Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void Create_Jumps_FlagsOnlyTheOutlyingChange()
    {
        // 30 countries drift by up to ±3 % a year (seeded noise); one jumps from 2 to 60 (30-fold).
        var random = new Random(7);
        var rows = new List<Observation>();
        var codes = Enumerable.Range(0, 30).Select(i => $"A{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}").ToList();
        for (var c = 0; c < codes.Count; c++)
        {
            for (var y = 2010; y <= 2014; y++)
            {
                rows.Add(Obs(codes[c], y, 5 * (1 + (0.03 * ((2 * random.NextDouble()) - 1)))));
            }
        }

        rows.Add(Obs("FRA", 2013, 2));
        rows.Add(Obs("FRA", 2014, 60));

        var jump = DataQualityReport.Create(Load([.. rows]), [Source("src", Series("rate"))]).Jumps.Single();

        (jump.Country, jump.FromYear, jump.From, jump.ToYear, jump.To, jump.Line).ShouldBe(("FRA", 2013, 2.0, 2014, 60.0, 24));
        jump.Score.ShouldBeGreaterThan(DataQualityReport.JumpThreshold);
    }

    [Fact]
    public void Create_ValuesTooFarApart_AreNotCompared()
    {
        var rows = Enumerable.Range(0, 25).SelectMany(c => new[]
        {
            Obs($"B{(char)('A' + c)}A", 2010, 1 + c), Obs($"B{(char)('A' + c)}A", 2011, 1 + c + 0.01 * c),
        }).Append(Obs("FRA", 2000, 1)).Append(Obs("FRA", 2010, 900)).ToArray();

        DataQualityReport.Create(Load(rows), [Source("src", Series("rate", ValueKind.Rate, 0, 1000))]).Jumps
            .ShouldNotContain(j => j.Country == "FRA");
    }
}
