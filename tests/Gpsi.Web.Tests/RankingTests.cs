using System.Globalization;

namespace Gpsi.Web.Tests;

/// <summary>The ranking table: every ranked country's rank, score, band and rank interval, and sorting.</summary>
[Collection(ServedDashboard.Name)]
public sealed class RankingTests(DashboardFixture fixture)
{
    [ChromiumFact]
    public async Task Ranking_HomeView_ShowsEachRankedCountrysRankScoreBandAndInterval()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "ranking");
        var year = RunFacts.LatestYear(fixture.Run);
        var rows = (await Dom.RankingRowsAsync(session.Page)).ToDictionary(r => r.Iso3);
        var ranked = RunFacts.Ranked(fixture.Run, year);
        ranked.Count.ShouldBeGreaterThan(150);

        foreach (var expected in ranked)
        {
            rows.ShouldContainKey(expected.Iso3);
            var row = rows[expected.Iso3];
            row.Rank.ShouldBe(expected.Rank!.Value.ToString(CultureInfo.InvariantCulture), expected.Iso3 + "'s rank");
            row.Score.ShouldContain(expected.Score!.Value.ToString("F1", CultureInfo.InvariantCulture),
                customMessage: expected.Iso3 + "'s score");
            row.Band.ShouldContain(expected.Band!, Case.Sensitive, expected.Iso3 + "'s band");
            expected.Interval.ShouldNotBeNull();
            row.Interval.ShouldContain(expected.Interval.Shown, Case.Sensitive, expected.Iso3 + "'s rank interval");
        }

        await session.FinishAsync();
    }

    [ChromiumFact]
    public async Task Ranking_SortByNameThenRank_ReordersRowsAndSaysSo()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "ranking-sorted");
        var page = session.Page;
        await page.Locator("table#ranking th button[data-sort=name]").ClickAsync();
        (await page.Locator("table#ranking th:has(button[data-sort=name])").GetAttributeAsync("aria-sort"))
            .ShouldBeOneOf("ascending", "descending");
        var names = (await Dom.RankingRowsAsync(page)).Select(r => r.Name).ToList();
        names.Count.ShouldBeGreaterThan(150);
        // The test process has no ICU (invariant globalization): the browser's English collation judges the order.
        var sorted = await page.EvaluateAsync<bool>("""
            names => {
              const c = new Intl.Collator('en', { sensitivity: 'base' });
              const up = names.every((n, i) => i === 0 || c.compare(names[i - 1], n) <= 0);
              const down = names.every((n, i) => i === 0 || c.compare(names[i - 1], n) >= 0);
              return up || down;
            }
            """, names);
        sorted.ShouldBeTrue("sorted by name: " + string.Join(", ", names));

        await page.Locator("table#ranking th button[data-sort=rank]").ClickAsync();
        var ranks = (await Dom.RankingRowsAsync(page)).Where(r => r.Rank.Length > 0)
            .Select(r => int.Parse(r.Rank, CultureInfo.InvariantCulture)).ToList();
        (ranks.SequenceEqual(ranks.Order()) || ranks.SequenceEqual(ranks.OrderDescending())).ShouldBeTrue();
        ranks.First().ShouldNotBe(ranks.Last());
        await session.FinishAsync();
    }
}
