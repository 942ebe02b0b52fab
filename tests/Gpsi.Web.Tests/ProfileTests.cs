using System.Globalization;
using Microsoft.Playwright;

namespace Gpsi.Web.Tests;

/// <summary>Country profiles: opened from the map or the ranking; what they show comes from the run.</summary>
[Collection(ServedDashboard.Name)]
public sealed class ProfileTests(DashboardFixture fixture)
{
    [ChromiumFact]
    public async Task Profile_ClickFinlandOnTheMap_ShowsItsScoresAndSources()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "profile-fin");
        await session.Page.Locator("svg#map path.country[data-iso3=FIN]").ClickAsync();
        await session.WaitReadyAsync("section#profile[data-iso3=FIN]");

        session.Page.Url.ShouldEndWith("#/country/FIN");
        var profile = session.Page.Locator("section#profile[data-iso3=FIN]");
        (await profile.Locator("h2").First.InnerTextAsync()).Trim().ShouldBe("Finland");
        (await profile.Locator(".dimension-bar[data-code]").CountAsync())
            .ShouldBe(RunFacts.Dimensions(fixture.Run).Count);
        (await profile.Locator("svg.trend").CountAsync()).ShouldBeGreaterThan(0);
        (await profile.Locator("#peers-region").InnerTextAsync()).ShouldContain("Norway");

        // The source file behind every value the run used for Finland in the latest year, and its data year.
        var year = RunFacts.LatestYear(fixture.Run);
        var values = fixture.Run.Values
            .Where(v => v.Year == year && v.Iso3 == "FIN" && v.Value is not null && !v.Provenance.IsDefaultOrEmpty)
            .ToList();
        values.Count.ShouldBeGreaterThan(5);
        var table = await profile.Locator("table#indicators").InnerTextAsync();
        foreach (var value in values)
        {
            table.ShouldContain(Path.GetFileName(value.Provenance[0].File),
                customMessage: $"{value.Indicator}'s source file");
            table.ShouldContain(value.DataYear!.Value.ToString(CultureInfo.InvariantCulture),
                customMessage: $"{value.Indicator}'s data year");
        }

        await session.FinishAsync();
    }

    [ChromiumFact]
    public async Task Profile_RankingLinkThenCompare_ShowsOneColumnPerCountry()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "compare");
        await session.Page.Locator("table#ranking tbody tr[data-iso3=NOR] td.name a").ClickAsync();
        await session.WaitReadyAsync("section#profile[data-iso3=NOR]");
        (await session.Page.Locator("section#profile h2").First.InnerTextAsync()).Trim().ShouldBe("Norway");

        await session.GotoAsync("/#/compare/FIN,NOR,SGP");
        await session.WaitReadyAsync("section#compare table#compare-table");
        var table = await session.Page.Locator("table#compare-table").InnerTextAsync();
        foreach (var name in new[] { "Finland", "Norway", "Singapore" })
        {
            table.ShouldContain(name);
        }

        await session.FinishAsync();
    }

    [ChromiumFact]
    public async Task Methodology_Route_ShowsTheRecipeHashAndDimensions()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "methodology", "/#/methodology");
        await session.WaitReadyAsync("section#methodology");
        var text = await session.Page.Locator("section#methodology").InnerTextAsync();
        var hash = fixture.Run.RecipeHash.Replace("sha256:", string.Empty, StringComparison.Ordinal);
        text.ShouldContain(hash[..12]);
        foreach (var dimension in RunFacts.Dimensions(fixture.Run))
        {
            text.ShouldContain(dimension.Name);
        }

        await session.FinishAsync();
    }

    [ChromiumFact]
    public async Task Keyboard_TabToACountryThenEnter_OpensItsProfile()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "keyboard");
        string? iso3 = null;
        for (var presses = 0; presses < 80 && iso3 is null; presses++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            iso3 = await session.Page.EvaluateAsync<string?>("""
                () => {
                  const a = document.activeElement;
                  if (!a) return null;
                  const hit = a.matches('svg#map path.country[data-iso3]') ? a
                    : a.matches('table#ranking td.name a') ? a.closest('tr[data-iso3]') : null;
                  return hit ? hit.dataset.iso3 : null;
                }
                """);
        }

        iso3.ShouldNotBeNull("Tab must reach a map country or a ranking link within 80 presses");
        await session.Page.Keyboard.PressAsync("Enter");
        await session.WaitReadyAsync($"section#profile[data-iso3={iso3}]");
        var name = fixture.Run.Countries.Single(c => c.Iso3 == iso3).Name;
        (await session.Page.Locator("section#profile h2").First.InnerTextAsync()).Trim().ShouldBe(name);
        await session.FinishAsync();
    }
}
