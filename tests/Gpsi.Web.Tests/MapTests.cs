using System.Globalization;

namespace Gpsi.Web.Tests;

/// <summary>The home view's world map: coloured by score or band, grey without data.</summary>
[Collection(ServedDashboard.Name)]
public sealed class MapTests(DashboardFixture fixture)
{
    [ChromiumFact]
    public async Task Map_HomeView_ColoursEveryRankedCountryWithAFeature()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "map-score");
        var year = RunFacts.LatestYear(fixture.Run);
        (await session.Page.InputValueAsync("select#year")).ShouldBe(year.ToString(CultureInfo.InvariantCulture));

        var paths = await Dom.MapPathsAsync(session.Page);
        var atlas = RunFacts.AtlasIds();
        var numeric = fixture.Run.Countries.ToDictionary(c => c.Iso3, c => c.Numeric);
        var expected = RunFacts.Ranked(fixture.Run, year).Select(r => r.Iso3)
            .Where(iso3 => atlas.Contains(numeric[iso3])).Order().ToList();
        var coloured = paths.Where(p => p.Coloured).Select(p => p.Iso3 ?? "(no iso3)").Order().ToList();

        coloured.Count.ShouldBeGreaterThanOrEqualTo(150);
        coloured.ShouldBe(expected, "every ranked country with a world-atlas feature, and only those, is coloured");
        paths.Where(p => !p.Coloured).ShouldAllBe(p => p.Fill == Dom.NoDataGrey, "countries without data are grey");
        paths.Count(p => p.Iso3 is not null).ShouldBe(paths.Where(p => p.Iso3 is not null).Select(p => p.Iso3).Distinct().Count());

        // A score ramp: many distinct colours, and Finland's and Norway's are among them, not grey. (Singapore, the
        // brief's other example, has no feature in world-atlas 110m, so no path: the set check above covers it.)
        paths.Where(p => p.Coloured).Select(p => p.Fill).Distinct().Count().ShouldBeGreaterThan(20);
        atlas.ShouldNotContain(numeric["SGP"]);
        foreach (var iso3 in new[] { "FIN", "NOR" })
        {
            var path = paths.Single(p => p.Iso3 == iso3);
            path.Coloured.ShouldBeTrue($"{iso3} is ranked and must have a score colour, found fill {path.Fill}");
        }

        var best = RunFacts.Ranked(fixture.Run, year).First(r => atlas.Contains(numeric[r.Iso3]));
        var worst = RunFacts.Ranked(fixture.Run, year).Last(r => atlas.Contains(numeric[r.Iso3]));
        paths.Single(p => p.Iso3 == best.Iso3).Fill.ShouldNotBe(paths.Single(p => p.Iso3 == worst.Iso3).Fill);

        // The focusable path names the country and its rank.
        var fin = RunFacts.Ranked(fixture.Run, year).Single(r => r.Iso3 == "FIN");
        var label = paths.Single(p => p.Iso3 == "FIN").Label ?? string.Empty;
        label.ShouldContain("Finland");
        label.ShouldContain(fin.Rank!.Value.ToString(CultureInfo.InvariantCulture));
        await session.FinishAsync();
    }

    [ChromiumFact]
    public async Task Map_BandMeasure_OneColourPerBand()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "map-band");
        await session.Page.SelectOptionAsync("select#map-measure", "band");
        var year = RunFacts.LatestYear(fixture.Run);
        var ranked = RunFacts.Ranked(fixture.Run, year).ToDictionary(r => r.Iso3);

        List<MapPath> paths = [];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            paths = await Dom.MapPathsAsync(session.Page);
            if (paths.Where(p => p.Coloured).Select(p => p.Fill).Distinct().Count() <= 5)
            {
                break;
            }

            await Task.Delay(100);
        }

        var byBand = paths.Where(p => p.Coloured).GroupBy(p => ranked[p.Iso3!].Band).ToList();
        byBand.ShouldAllBe(g => g.Select(p => p.Fill).Distinct().Count() == 1, "one colour per band");
        byBand.Select(g => g.First().Fill).Distinct().Count().ShouldBe(byBand.Count, "each band its own colour");
        byBand.Count.ShouldBeGreaterThanOrEqualTo(3);
        await session.FinishAsync();
    }
}
