using Gpsi.Reports.Texts;

namespace Gpsi.Web.Tests;

/// <summary>English and Chinese (zh-Hans): the switch, the URL parameter, and the remembered choice.</summary>
[Collection(ServedDashboard.Name)]
public sealed class LanguageTests(DashboardFixture fixture)
{
    private const string English = "Global Public Security Index";
    private const string Chinese = "全球公共安全指数";

    [ChromiumFact]
    public async Task LanguageSwitch_ToChineseAndBack_TranslatesTitleAndCountryNames()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "language-zh");
        var page = session.Page;
        (await page.Locator("h1").First.InnerTextAsync()).Trim().ShouldBe(English);
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("en");

        await page.Locator("button#lang-switch").ClickAsync();
        await page.WaitForFunctionAsync("t => document.querySelector('h1')?.textContent.trim() === t", Chinese);
        await session.WaitReadyAsync();
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("zh-Hans");
        var finland = ReportTexts.Default.Country("FIN", "Finland", ReportTexts.Chinese);
        finland.ShouldBe("芬兰");
        (await page.Locator("table#ranking tbody tr[data-iso3=FIN] td.name").InnerTextAsync()).ShouldContain(finland);

        // Remembered: a reload stays in Chinese.
        await page.ReloadAsync();
        await session.WaitReadyAsync();
        (await page.Locator("h1").First.InnerTextAsync()).Trim().ShouldBe(Chinese);
        await session.ScreenshotAsync("-reloaded");

        await page.Locator("button#lang-switch").ClickAsync();
        await page.WaitForFunctionAsync("t => document.querySelector('h1')?.textContent.trim() === t", English);
        await session.WaitReadyAsync();
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("en");
        (await page.Locator("table#ranking tbody tr[data-iso3=FIN] td.name").InnerTextAsync()).ShouldContain("Finland");
        await session.FinishAsync();
    }

    [ChromiumFact]
    public async Task LanguageParameter_ZhHansProfile_ShowsTheChineseName()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "language-param", "/?lang=zh-Hans#/country/FIN");
        await session.WaitReadyAsync("section#profile[data-iso3=FIN]");
        (await session.Page.GetAttributeAsync("html", "lang")).ShouldBe("zh-Hans");
        (await session.Page.Locator("h1").First.InnerTextAsync()).Trim().ShouldBe(Chinese);
        (await session.Page.Locator("section#profile h2").First.InnerTextAsync()).Trim().ShouldBe("芬兰");
        await session.FinishAsync();
    }
}
