using System.Security.Cryptography;
using Gpsi.Data.Fetch;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Tests.Fetch;

public sealed class SnapshotFetcherTests
{
    private const string WbPage1 = "/v2/country/all/indicator/VC.IHR.PSRC.P5?format=json&per_page=6&page=1";
    private const string WbPage2 = "/v2/country/all/indicator/VC.IHR.PSRC.P5?format=json&per_page=6&page=2";
    private const string GhoPage1 = "/api/RS_198";
    private const string OwidCsv = "/grapher/homicide-rate-unodc.csv";

    [Fact]
    public async Task RunAsync_FullFetch_WritesFilesManifestAndCatalogue()
    {
        using var bed = new FetchBed();

        var (report, _) = await bed.RunAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Targets.Select(t => t.Error)));
        report.SnapshotDirectory.ShouldBe(bed.Snapshot);
        report.Targets.Select(t => t.Status).ShouldAllBe(s => s == TargetStatus.Fetched);
        bed.Apis.Server.Requests.ShouldBe([WbPage1, WbPage2, GhoPage1, "/api/RS_198?$skip=6",
            OwidCsv + "?v=1&csvType=full&useColumnShortNames=true"]);
        Directory.GetFiles(bed.Snapshot).Select(Path.GetFileName).Order()
            .ShouldBe(["catalogue.yaml", "manifest.json", "owid-homicide.csv", "wb-homicide.json", "who-road-deaths.json"]);
        Directory.Exists(bed.File(".pages")).ShouldBeFalse();

        var manifest = SnapshotManifest.Parse(File.ReadAllText(bed.File("manifest.json")))!;
        manifest.Snapshot.ShouldBe("2026-11-22");
        manifest.Targets.Select(t => t.Id).ShouldBe(FetchBed.FixtureTargets);
        foreach (var entry in manifest.Targets)
        {
            var bytes = File.ReadAllBytes(bed.File(entry.File));
            entry.Status.ShouldBe("complete");
            entry.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
            entry.Bytes.ShouldBe(bytes.Length);
            entry.RetrievedAt.ShouldBe(FixedClock.Default.Now);
        }

        var wb = manifest.Targets[0];
        wb.Urls.Count.ShouldBe(2);
        wb.Rows.ShouldBe(10);
        wb.SourceUpdated.ShouldBe("2025-07-01");
        manifest.Targets[1].Rows.ShouldBe(11);
        manifest.Targets[2].Rows.ShouldBe(15);
        manifest.Targets[2].Columns.ShouldBe(["value__category_total__sex_total__age_total__unit_of_measurement_rate_per_100_000_population"]);
        File.ReadAllBytes(bed.File("owid-homicide.csv")).ShouldBe(FakeApis.Fixture("owid-homicide-rate-unodc.csv"));
    }

    [Fact]
    public async Task RunAsync_FullFetch_CatalogueDescribesEachFile()
    {
        using var bed = new FetchBed();
        await bed.RunAsync();

        var sources = Sources(bed.File("catalogue.yaml"));

        sources.Select(s => Scalar(s, "id")).ShouldBe(FetchBed.FixtureTargets);
        sources.Select(s => Scalar(s, "file")).ShouldBe(["wb-homicide.json", "who-road-deaths.json", "owid-homicide.csv"]);
        sources.Select(s => Scalar(s, "format")).ShouldBe(["worldbank-json", "gho-odata", "owid-long"]);
        sources.Select(s => Scalar(s, "vintage")).ShouldBe(["2025-07-01", "2026-11-22", "2026-11-22"]);
        Scalar(sources[0], "url").ShouldBe(bed.Apis.Server.BaseUri + WbPage1[1..^"&page=1".Length]);
        Scalar(sources[1], "url").ShouldBe(bed.Apis.Server.BaseUri + "api/RS_198");
        Scalar(sources[0], "licence").ShouldBe("CC BY 4.0");
        Scalar(sources[0], "notes")!.ShouldContain("lastupdated is 2025-07-01");
        var who = (YamlMappingNode)((YamlSequenceNode)sources[1]["series"]).Children[0];
        Scalar(who, "indicator").ShouldBe("road_death_rate_who");
        Scalar(who, "column").ShouldBe("RS_198");
        Scalar(who, "kind").ShouldBe("rate");
        Scalar((YamlMappingNode)who["filter"], "Dim1").ShouldBe("SEX_BTSX");
        ((YamlSequenceNode)who["range"]).Children.Select(c => ((YamlScalarNode)c).Value).ShouldBe(["0", "100"]);
        Scalar((YamlMappingNode)sources[2]["options"], "code-column").ShouldBe("Code");
    }

    [Fact]
    public async Task RunAsync_503Then200_RetriesAndSucceeds()
    {
        using var bed = new FetchBed();
        bed.Apis.Fault = (request, nth) => request == WbPage1 && nth == 1 ? Reply.Text(503, "Service Unavailable") : null;

        var (report, progress) = await bed.RunAsync();

        report.Succeeded.ShouldBeTrue();
        bed.Apis.Server.Count(WbPage1).ShouldBe(2);
        report.Targets[0].Requests.ShouldBe(3);
        progress.Reports.ShouldContain(p => p.TargetId == "wb-homicide" && p.Stage == FetchStage.Retrying
            && p.Message.Contains("HTTP 503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_429WithRetryAfter_WaitsAsToldThenSucceeds()
    {
        using var bed = new FetchBed();
        bed.Apis.Fault = (request, nth) => request == GhoPage1 && nth == 1
            ? Reply.Text(429, "Too Many Requests") with { Headers = new Dictionary<string, string> { ["Retry-After"] = "1" } }
            : null;

        var (report, progress) = await bed.RunAsync();

        report.Succeeded.ShouldBeTrue();
        var arrivals = bed.Apis.Server.Arrivals(GhoPage1);
        arrivals.Count.ShouldBe(3); // 429, then 200 for page 1, then the $skip page (which contains the path too)
        (arrivals[1] - arrivals[0]).ShouldBeGreaterThan(TimeSpan.FromMilliseconds(900)); // the backoff alone is 10 ms
        progress.Reports.ShouldContain(p => p.Stage == FetchStage.Retrying && p.Message.Contains("in 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_404_FailsThatTargetWithoutRetriesWhileOthersComplete()
    {
        using var bed = new FetchBed();
        bed.Apis.Fault = (request, _) => request.StartsWith(OwidCsv, StringComparison.Ordinal) ? Reply.Text(404, "Not Found") : null;

        var (report, _) = await bed.RunAsync();

        report.Succeeded.ShouldBeFalse();
        report.Targets.Select(t => t.Status).ShouldBe([TargetStatus.Fetched, TargetStatus.Fetched, TargetStatus.Failed]);
        var owid = report.Targets[2];
        owid.Error.ShouldStartWith("HTTP 404 Not Found from http://127.0.0.1:");
        owid.Error!.ShouldContain("homicide-rate-unodc.csv");
        owid.Requests.ShouldBe(1);
        bed.Apis.Server.Count(OwidCsv).ShouldBe(1);
        var manifest = SnapshotManifest.Parse(File.ReadAllText(bed.File("manifest.json")))!;
        manifest.Targets[2].Status.ShouldBe("failed");
        manifest.Targets[2].Error.ShouldBe(owid.Error);
        File.Exists(bed.File("owid-homicide.csv")).ShouldBeFalse();
        Sources(bed.File("catalogue.yaml")).Select(s => Scalar(s, "id")).ShouldBe(["wb-homicide", "who-road-deaths"]);
    }

    [Fact]
    public async Task RunAsync_SlowResponse_TimesOutAndIsRetried()
    {
        using var bed = new FetchBed();
        bed.Apis.Fault = (request, nth) => request == GhoPage1 && nth == 1
            ? new Reply(200, FakeApis.Fixture("gho-RS_198-page2.json")) { Delay = TimeSpan.FromSeconds(10) }
            : null;

        var (report, progress) = await bed.RunAsync(bed.Options with { Timeout = TimeSpan.FromSeconds(1) });

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Targets.Select(t => t.Error)));
        bed.Apis.Server.Count(GhoPage1 + "?").ShouldBe(1);
        bed.Apis.Server.Requests.Count(r => r == GhoPage1).ShouldBe(2);
        progress.Reports.ShouldContain(p => p.TargetId == "who-road-deaths" && p.Stage == FetchStage.Retrying
            && p.Message.StartsWith("timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_AlwaysSlow_FailsNamingTheTimeoutAndTheTries()
    {
        using var bed = new FetchBed();
        bed.Apis.Fault = (request, _) => request.StartsWith(OwidCsv, StringComparison.Ordinal)
            ? Reply.Text(200, "Entity,Code,Year,x\n") with { Delay = TimeSpan.FromSeconds(2) }
            : null;

        var (report, _) = await bed.RunAsync(bed.Options with { Timeout = TimeSpan.FromMilliseconds(200), Retries = 1 });

        var owid = report.Targets[2];
        owid.Status.ShouldBe(TargetStatus.Failed);
        owid.Error.ShouldStartWith("timed out (no complete response within 0.2 s) after 2 attempts from http://127.0.0.1:");
        owid.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task RunAsync_WorldBankErrorBodyWith200_FailsWithoutRetryQuotingTheMessage()
    {
        using var bed = new FetchBed();
        bed.Apis.Fault = (request, _) => request == WbPage1 ? Reply.Text(200, FakeApis.WorldBankError, "application/json") : null;

        var (report, _) = await bed.RunAsync();

        var wb = report.Targets[0];
        wb.Status.ShouldBe(TargetStatus.Failed);
        wb.Error.ShouldStartWith("the World Bank API answered with an error: 120 Invalid value: The provided parameter value is not valid");
        wb.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_HtmlInsteadOfCsv_FailsTheTarget()
    {
        using var bed = new FetchBed();
        bed.Apis.Fault = (request, _) => request.StartsWith(OwidCsv, StringComparison.Ordinal)
            ? Reply.Text(200, "<!doctype html><html><body>Page not found</body></html>", "text/html")
            : null;

        var (report, _) = await bed.RunAsync();

        report.Targets[2].Error.ShouldStartWith("the body is HTML, not CSV");
        File.Exists(bed.File("owid-homicide.csv")).ShouldBeFalse();
        File.Exists(bed.File("owid-homicide.csv.part")).ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_ConnectionRefused_FailsEveryTargetNamingTheCause()
    {
        using var bed = new FetchBed();
        var closed = new Uri($"http://127.0.0.1:{ClosedPort()}/");

        var (report, _) = await bed.RunAsync(bed.Options with { Endpoints = new FetchEndpoints(closed, closed, closed), Retries = 1 });

        report.Targets.ShouldAllBe(t => t.Status == TargetStatus.Failed && t.Requests == 2);
        report.Targets[0].Error.ShouldStartWith("connection failed (");
        report.Targets[0].Error!.ShouldContain("after 2 attempts at " + closed);
    }

    [Fact]
    public async Task RunAsync_FailedPageThenRerun_FetchesOnlyTheMissingPage()
    {
        using var bed = new FetchBed();
        bed.Apis.Fault = (request, nth) => request == WbPage2 && nth == 1 ? Reply.Text(500, "Internal Server Error") : null;
        var once = bed.Options with { Retries = 0 };

        var (first, _) = await bed.RunAsync(once);

        first.Targets.Select(t => t.Status).ShouldBe([TargetStatus.Failed, TargetStatus.Fetched, TargetStatus.Fetched]);
        first.Targets[0].Error.ShouldStartWith("HTTP 500 Internal Server Error from ");
        File.Exists(bed.File(".pages/wb-homicide/0001.json")).ShouldBeTrue();
        File.Exists(bed.File("wb-homicide.json")).ShouldBeFalse();
        var before = bed.Apis.Server.Requests.Count;

        var (second, _) = await bed.RunAsync(once);

        second.Succeeded.ShouldBeTrue();
        second.Targets.Select(t => t.Status).ShouldBe([TargetStatus.Fetched, TargetStatus.UpToDate, TargetStatus.UpToDate]);
        bed.Apis.Server.Requests.Skip(before).ShouldBe([WbPage2]);
        Directory.Exists(bed.File(".pages")).ShouldBeFalse();
        using var clean = new FetchBed();
        await clean.RunAsync();
        File.ReadAllBytes(bed.File("wb-homicide.json")).ShouldBe(File.ReadAllBytes(clean.File("wb-homicide.json")));
    }

    [Fact]
    public async Task RunAsync_CompleteSnapshot_MakesNoRequest()
    {
        using var bed = new FetchBed();
        await bed.RunAsync();
        var before = bed.Apis.Server.Requests.Count;
        var manifest = File.ReadAllText(bed.File("manifest.json"));

        var (again, progress) = await bed.RunAsync();

        bed.Apis.Server.Requests.Count.ShouldBe(before);
        again.Requests.ShouldBe(0);
        again.Targets.ShouldAllBe(t => t.Status == TargetStatus.UpToDate && t.Sha256 != null);
        progress.Reports.Select(p => p.Stage).ShouldAllBe(s => s == FetchStage.UpToDate);
        File.ReadAllText(bed.File("manifest.json")).ShouldBe(manifest);
    }

    [Fact]
    public async Task RunAsync_FileChangedSinceFetch_IsFetchedAgain()
    {
        using var bed = new FetchBed();
        await bed.RunAsync();
        File.AppendAllText(bed.File("who-road-deaths.json"), " ");
        var before = bed.Apis.Server.Requests.Count;

        var (again, _) = await bed.RunAsync();

        again.Targets.Select(t => t.Status).ShouldBe([TargetStatus.UpToDate, TargetStatus.Fetched, TargetStatus.UpToDate]);
        bed.Apis.Server.Requests.Skip(before).ShouldBe([GhoPage1, "/api/RS_198?$skip=6"]);
    }

    [Fact]
    public async Task RunAsync_OnlyOneTarget_LeavesTheOthersAlone()
    {
        using var bed = new FetchBed();

        var (report, _) = await bed.RunAsync(bed.Options with { Only = ["owid-homicide"] });

        report.Targets.Select(t => t.Id).ShouldBe(["owid-homicide"]);
        bed.Apis.Server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        using var bed = new FetchBed();
        bed.Apis.Fault = (_, _) => Reply.Text(200, "x") with { Delay = TimeSpan.FromSeconds(5) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        using var fetcher = new SnapshotFetcher(FetchPlan.Default, bed.Options, FixedClock.Default);

        await Should.ThrowAsync<OperationCanceledException>(() => fetcher.RunAsync(null, cancel.Token));
    }

    [Fact]
    public void Constructor_UnknownOnlyId_Throws()
    {
        using var bed = new FetchBed();

        Should.Throw<ArgumentException>(() => new SnapshotFetcher(FetchPlan.Default, bed.Options with { Only = ["wb-nothing"] },
            FixedClock.Default)).Message.ShouldContain("wb-nothing");
    }

    private static List<YamlMappingNode> Sources(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlSequenceNode)root["sources"]).Children.Cast<YamlMappingNode>().ToList();
    }

    private static string? Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map[key]).Value;

    private static int ClosedPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
