using System.Globalization;
using Microsoft.Playwright;

namespace Gpsi.Web.Tests;

/// <summary>The what-if panel: changed dimension weights re-rank every country next to the official rank.</summary>
[Collection(ServedDashboard.Name)]
public sealed class WhatIfTests(DashboardFixture fixture)
{
    private const string SomeRankMoved = """
        () => [...document.querySelectorAll('table#ranking tbody tr[data-iso3]')].some(r =>
          (r.querySelector('td.whatif-rank')?.textContent ?? '').trim() !== (r.querySelector('td.rank')?.textContent ?? '').trim())
        """;

    private const string EveryRankBack = """
        () => [...document.querySelectorAll('table#ranking tbody tr[data-iso3]')].every(r =>
          (r.querySelector('td.whatif-rank')?.textContent ?? '').trim() === (r.querySelector('td.rank')?.textContent ?? '').trim())
        """;

    [ChromiumFact]
    public async Task WhatIf_CyberZeroOrderMax_ReRanksLikeTheRecipeAndResetRestores()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "whatif");
        var page = session.Page;
        var year = RunFacts.LatestYear(fixture.Run);
        var dimensions = RunFacts.Dimensions(fixture.Run).Select(d => d.Code).ToList();

        var official = await Dom.WeightsAsync(page);
        official.Keys.Order().ShouldBe(dimensions.Order(), "one slider per dimension of /api/framework");
        var before = await Dom.RankingRowsAsync(page);
        before.ShouldAllBe(r => r.WhatIf == r.Rank, "at the official weights the what-if rank is the official rank");
        var ranked = RunFacts.Ranked(fixture.Run, year);
        before.Where(r => r.Rank.Length > 0).Select(r => r.Iso3).Order()
            .ShouldBe(ranked.Select(r => r.Iso3).Order(), "every ranked country has a row with its rank");

        await Dom.SetWeightAsync(page, "cyber", "0");
        await Dom.SetWeightAsync(page, "order", await Dom.MaxWeightAsync(page, "order"));
        await WaitAsync(page, SomeRankMoved, "changing the weights must move some what-if rank");
        await session.ScreenshotAsync("-changed");

        var weights = await Dom.WeightsAsync(page);
        weights["cyber"].ShouldBe(0);
        var after = await Dom.RankingRowsAsync(page);
        after.Select(r => $"{r.Iso3} {r.Rank}").Order().ShouldBe(before.Select(r => $"{r.Iso3} {r.Rank}").Order(),
            customMessage: "the official ranks never change");

        // The recipe's aggregation (amean over available dimensions, weights re-normalised) at the slider weights;
        // ties share the lowest rank, so a shown rank must fall within its tie range.
        var whatIf = ranked.ToDictionary(r => r.Iso3, r => RunFacts.WhatIf(fixture.Run, year, r.Iso3, weights));
        var moved = 0;
        foreach (var row in after.Where(r => r.Rank.Length > 0))
        {
            var score = whatIf[row.Iso3];
            var best = 1 + whatIf.Values.Count(s => s > score + 1e-9);
            var worst = whatIf.Values.Count(s => s >= score - 1e-9);
            var shown = int.Parse(row.WhatIf, CultureInfo.InvariantCulture);
            shown.ShouldBeInRange(best, worst, $"{row.Iso3}'s what-if rank (what-if index {score:F4})");
            var rank = int.Parse(row.Rank, CultureInfo.InvariantCulture);
            row.Moved.ShouldBe(shown < rank ? "up" : shown > rank ? "down" : null, $"{row.Iso3}'s data-moved");
            moved += shown != rank ? 1 : 0;
        }

        moved.ShouldBeGreaterThan(10);

        await page.Locator("button#whatif-reset").ClickAsync();
        await WaitAsync(page, EveryRankBack, "reset must bring every what-if rank back to the official one");
        (await Dom.WeightsAsync(page)).ShouldBe(official);
        (await Dom.RankingRowsAsync(page)).ShouldAllBe(r => r.Moved == null);
        await session.FinishAsync();
    }

    private static async Task WaitAsync(IPage page, string condition, string what)
    {
        try
        {
            await page.WaitForFunctionAsync(condition, null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            throw new ShouldAssertException(what + " (waited 5 s)");
        }
    }
}
