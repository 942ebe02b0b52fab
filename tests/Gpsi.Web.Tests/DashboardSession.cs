using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Gpsi.Web.Tests;

/// <summary>
/// One test's browser context and page on the dashboard, recording everything that must not happen: console
/// errors, uncaught page errors, failed requests, HTTP errors, requests that leave the app's loopback origin
/// (the dashboard must work offline) and Content-Security-Policy violations (a <c>securitypolicyviolation</c>
/// listener installed before any page script). <see cref="FinishAsync"/> keeps a screenshot and asserts none of
/// them happened; a test that fails earlier still leaves a <c>-failed</c> screenshot when disposed.
/// </summary>
internal sealed class DashboardSession : IAsyncDisposable
{
    private const string CspListener = """
        document.addEventListener('securitypolicyviolation', e =>
          window.__gpsiCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly IBrowserContext _context;
    private readonly string _name;
    private bool _finished;

    private DashboardSession(IBrowserContext context, IPage page, string baseUrl, string name)
    {
        _context = context;
        Page = page;
        BaseUrl = baseUrl;
        _name = name;
    }

    public IPage Page { get; }

    public string BaseUrl { get; }

    /// <summary>Problems recorded so far (console errors, failed or off-origin requests, CSP violations …).</summary>
    public IReadOnlyCollection<string> Problems => _problems;

    /// <summary>Every URL the page requested, in order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>Opens a fresh context (empty storage, English browser locale) on <paramref name="path"/> and waits
    /// until the dashboard says it rendered with data (<c>body[data-ready=true]</c>).</summary>
    public static async Task<DashboardSession> OpenAsync(DashboardFixture fixture, string name, string path = "/")
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "en-US",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        // Everything here renders in well under a second; waiting longer only hides a broken page.
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var session = new DashboardSession(context, page, fixture.BaseUrl, name);
        await context.ExposeFunctionAsync("__gpsiCspViolation", (string what) => session._problems.Enqueue("CSP violation: " + what));
        await context.AddInitScriptAsync(CspListener);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session._problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => session._problems.Enqueue("page error: " + error);
        page.RequestFailed += (_, request) => session._problems.Enqueue($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Request += (_, request) =>
        {
            session._requests.Enqueue(request.Url);
            if (!session.IsLocal(request.Url))
            {
                session._problems.Enqueue("request left the app's origin (the dashboard must work offline): " + request.Url);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                session._problems.Enqueue($"HTTP {response.Status} for {response.Request.Method} {response.Url}");
            }
        };

        await session.GotoAsync(path);
        return session;
    }

    /// <summary>Navigates to <paramref name="path"/> (relative to the app) and waits until ready; the response is
    /// null for a same-document (hash route) navigation.</summary>
    public async Task<IResponse?> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(BaseUrl + path);
        // A hash route on the page already loaded is a same-document navigation: no response.
        response?.Status.ShouldBe(200, $"GET {path}: the app serves the dashboard at /");
        await WaitReadyAsync();
        return response;
    }

    /// <summary>Waits until <c>document.body.dataset.ready === "true"</c> (and, when given, a selector is attached).</summary>
    public async Task WaitReadyAsync(string? selector = null)
    {
        if (selector is not null)
        {
            await Page.WaitForSelectorAsync(selector, new() { State = WaitForSelectorState.Attached });
        }

        try
        {
            await Page.WaitForFunctionAsync("() => document.body && document.body.dataset.ready === 'true'");
        }
        catch (TimeoutException)
        {
            throw new ShouldAssertException("the dashboard never said body[data-ready=true]"
                + (selector is null ? string.Empty : " after " + selector) + "; problems seen:\n"
                + string.Join('\n', Problems));
        }
    }

    /// <summary>Keeps a full-page screenshot as <c>{name}{suffix}.png</c> in the artifacts folder; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string suffix = "")
    {
        var path = Path.Combine(DashboardFixture.ArtifactsDirectory, _name + suffix + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Keeps the screenshot (replacing a <c>-failed</c> one of an earlier run) without judging
    /// <see cref="Problems"/>: for a test that provokes problems on purpose.</summary>
    public async Task<string> KeepScreenshotAsync()
    {
        _finished = true;
        File.Delete(Path.Combine(DashboardFixture.ArtifactsDirectory, _name + "-failed.png"));
        return await ScreenshotAsync();
    }

    /// <summary>Keeps the screenshot and asserts that nothing in <see cref="Problems"/> happened.</summary>
    public async Task FinishAsync()
    {
        var shot = await KeepScreenshotAsync();
        new FileInfo(shot).Length.ShouldBeGreaterThan(10_000, "the screenshot " + shot + " looks empty");
        // Let late events (CSP reports are queued as tasks) arrive before judging.
        await Page.EvaluateAsync("() => new Promise(r => setTimeout(r, 100))");
        Problems.ShouldBeEmpty("the dashboard must run without errors, off-origin requests or CSP violations:\n"
            + string.Join('\n', Problems));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            try
            {
                await ScreenshotAsync("-failed");
            }
            catch (PlaywrightException)
            {
                // The page may be gone; the test's own failure is what matters.
            }
        }

        await _context.CloseAsync();
    }

    private bool IsLocal(string url) =>
        url.StartsWith(BaseUrl + "/", StringComparison.Ordinal) || url == BaseUrl
        || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal)
        || url.StartsWith("about:", StringComparison.Ordinal);
}
