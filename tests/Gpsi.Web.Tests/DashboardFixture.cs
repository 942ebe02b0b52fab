using Gpsi.Api;
using Gpsi.Data.Editions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Gpsi.Web.Tests;

/// <summary>
/// The real GPSI published to a temp SQLite store (<see cref="PublishedGpsi"/>), served by the real app with Kestrel
/// on a free loopback port, and Debian's headless Chromium launched once for the collection (Playwright cannot
/// download browsers here, so it always gets an executable path and flags that keep it off the network).
/// </summary>
/// <remarks>
/// Without Chromium (outside CI) nothing is started: the <see cref="ChromiumFactAttribute"/> tests are skipped.
/// Screenshots go to <c>$GPSI_TEST_ARTIFACTS</c>, else <c>artifacts/e2e/</c> at the repository root.
/// </remarks>
public sealed class DashboardFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
        "--no-default-browser-check", "--disable-features=Translate,OptimizationHints,MediaRouter",
    ];

    private PublishedGpsi? _published;
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The run as built from the source files (what the dashboard must show).</summary>
    public IndexRun Run => _published?.Run ?? throw NotStarted();

    /// <summary>The app's address, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The browser, launched once; every test opens its own context (fresh storage).</summary>
    public IBrowser Browser => _browser ?? throw NotStarted();

    /// <summary>Where screenshots are kept.</summary>
    public static string ArtifactsDirectory { get; } = FindArtifactsDirectory();

    public async Task InitializeAsync()
    {
        if (ChromiumFactAttribute.Path is null && !ChromiumFactAttribute.InCi)
        {
            return;
        }

        var chromium = ChromiumFactAttribute.Require();
        _published = await PublishedGpsi.CreateAsync();
        _app = GpsiApi.Create(_published.Holder, [], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.Single().TrimEnd('/');
        await CheckDashboardServedAsync(BaseUrl);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ArtifactsDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_published is not null)
        {
            await _published.DisposeAsync();
        }
    }

    /// <summary>Fails fast (one clear message instead of every test timing out) when the app serves no page at
    /// <c>/</c>: the dashboard is built by src/Gpsi.Api's MSBuild target into <c>wwwroot/</c> beside the assemblies.</summary>
    private static async Task CheckDashboardServedAsync(string baseUrl)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(baseUrl + "/"));
        var type = response.Content.Headers.ContentType?.MediaType;
        if (!response.IsSuccessStatusCode || type != "text/html")
        {
            throw new InvalidOperationException(
                $"GET / answered {(int)response.StatusCode} {type}: no dashboard in {DashboardEndpoints.DefaultRoot} "
                + "(src/Gpsi.Api builds web/ with npm and copies web/dist there; was it built with -p:GpsiSkipWeb=true?)");
        }
    }

    private static InvalidOperationException NotStarted() =>
        new("The dashboard fixture did not start (no Chromium); the test should have been skipped");

    private static string FindArtifactsDirectory()
    {
        if (Environment.GetEnvironmentVariable("GPSI_TEST_ARTIFACTS") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gpsi.slnx")))
            {
                return Path.Combine(dir.FullName, "artifacts", "e2e");
            }
        }

        return Path.Combine(Path.GetTempPath(), "gpsi-e2e-artifacts");
    }
}

/// <summary>One app and one browser for every dashboard test (building the GPSI takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class ServedDashboard : ICollectionFixture<DashboardFixture>
{
    public const string Name = "served dashboard";
}
