namespace Gpsi.Web.Tests;

/// <summary>The page runs under its Content-Security-Policy and the checks that watch it do see a violation.</summary>
[Collection(ServedDashboard.Name)]
public sealed class SecurityTests(DashboardFixture fixture)
{
    [ChromiumFact]
    public async Task Csp_InlineScriptInjected_IsBlockedAndReported()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "csp");
        var response = await session.GotoAsync("/");
        var policy = await response!.HeaderValueAsync("content-security-policy");
        policy.ShouldNotBeNull("the dashboard must be served with a Content-Security-Policy");
        policy.ShouldContain("script-src 'self'");
        session.Problems.ShouldBeEmpty(string.Join('\n', session.Problems));

        // An inline script is what the policy forbids: it must not run, and the session must record it.
        var ran = await session.Page.EvaluateAsync<bool>("""
            async () => {
              const s = document.createElement('script');
              s.textContent = 'window.__inlineRan = true';
              document.head.appendChild(s);
              await new Promise(r => setTimeout(r, 200));
              return window.__inlineRan === true;
            }
            """);
        ran.ShouldBeFalse("the CSP must block inline scripts");
        for (var i = 0; i < 20 && session.Problems.Count == 0; i++)
        {
            await Task.Delay(50);
        }

        session.Problems.ShouldContain(p => p.Contains("script-src", StringComparison.Ordinal),
            "a CSP violation must be seen by the checks every test relies on: " + string.Join('\n', session.Problems));
        await session.KeepScreenshotAsync();
    }

    [ChromiumFact]
    public async Task Offline_HomeAndProfile_RequestOnlyTheAppsOrigin()
    {
        await using var session = await DashboardSession.OpenAsync(fixture, "offline");
        await session.GotoAsync("/#/country/SGP");
        await session.WaitReadyAsync("section#profile[data-iso3=SGP]");
        session.Requests.ShouldNotBeEmpty();
        session.Requests.ShouldAllBe(url => url.StartsWith(session.BaseUrl, StringComparison.Ordinal)
            || url.StartsWith("data:", StringComparison.Ordinal));
        session.Requests.ShouldContain(url => url.Contains("/api/", StringComparison.Ordinal));
        await session.FinishAsync();
    }
}
