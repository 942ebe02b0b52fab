using System.CommandLine;
using System.Net;
using System.Text;
using Gpsi.Cli.Commands;

namespace Gpsi.Cli.Tests.Commands;

public sealed class FetchCommandTests
{
    private const string Csv = "Entity,Code,Year,value__category_total__sex_total__age_total__unit_of_measurement_rate_per_100_000_population\n" +
        "Finland,FIN,2020,1.7541918\nNorway,NOR,2020,0.576286\n";

    [Fact]
    public void Fetch_UnknownTarget_IsAUsageError()
    {
        var run = CliRun.Of("fetch", "--only", "wb-homicide,wb-nothing");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldStartWith("gpsi: --only: unknown target(s) wb-nothing; known: wb-homicide, wb-road-deaths");
    }

    [Theory]
    [InlineData("--worldbank-url", "ftp://example.org/v2", "gpsi: --worldbank-url: expected an absolute http(s) URL, found 'ftp://example.org/v2'")]
    [InlineData("--timeout", "0", "gpsi: --timeout: expected seconds between 0.01 and 86400, found 0")]
    [InlineData("--retries", "-1", "gpsi: --retries: expected 0 to 20, found -1")]
    public void Fetch_BadOption_IsAUsageError(string option, string value, string message)
    {
        var run = CliRun.Of("fetch", option, value);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.Trim().ShouldBe(message);
    }

    [Fact]
    public void Fetch_NothingListening_FailsNamingEachTargetAndWhy()
    {
        using var folder = new TempFolder();
        var closed = $"http://127.0.0.1:{ClosedPort()}";

        var run = CliRun.Of("fetch", "--out", folder.Path, "--only", "wb-homicide", "--only", "owid-homicide", "--retries", "0",
            "--worldbank-url", closed + "/v2", "--who-url", closed + "/api", "--owid-url", closed);

        run.ExitCode.ShouldBe(ExitCodes.FetchFailed);
        run.Error.ShouldContain($"gpsi: fetch wb-homicide failed: connection failed (");
        run.Error.ShouldContain($"at {closed}/v2/country/all/indicator/VC.IHR.PSRC.P5?format=json&per_page=1000&page=1");
        run.Error.ShouldContain("gpsi: fetch owid-homicide failed: connection failed (");
        run.Error.ShouldContain("gpsi: 2 of 2 target(s) failed");
        run.Out.ShouldContain("wb-homicide              FAILED");
        var snapshot = Directory.GetDirectories(System.IO.Path.Combine(folder.Path, "snapshots")).ShouldHaveSingleItem();
        File.ReadAllText(System.IO.Path.Combine(snapshot, "manifest.json")).ShouldContain("\"status\": \"failed\"");
    }

    [Fact]
    public void Fetch_InjectedHandler_WritesTheDatedSnapshotFromTheRealUrl()
    {
        using var folder = new TempFolder();
        var handler = new StubHandler(Csv);
        var clock = new Fixed(new DateTimeOffset(2026, 11, 22, 23, 59, 0, TimeSpan.FromHours(-3)));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, Terminal.Plain);
        var root = new RootCommand { FetchCommand.Create(console, clock, handler) };

        var code = root.Parse(["fetch", "--only", "owid-homicide", "--out", folder.Path]).Invoke();

        code.ShouldBe(ExitCodes.Success, error.ToString());
        handler.Requests.ShouldBe(["https://ourworldindata.org/grapher/homicide-rate-unodc.csv?v=1&csvType=full&useColumnShortNames=true"]);
        var file = System.IO.Path.Combine(folder.Path, "snapshots", "2026-11-23", "owid-homicide.csv"); // UTC date
        File.ReadAllText(file).ShouldBe(Csv);
        output.ToString().ShouldContain("fetch owid-homicide: 2 rows, ");
        output.ToString().ShouldContain("owid-homicide            fetched");
    }

    [Fact]
    public void Fetch_Help_MatchesSnapshot()
    {
        var run = CliRun.Of("fetch", "--help");

        var snapshot = System.IO.Path.Combine(AppContext.BaseDirectory, "Snapshots", "fetch-help.txt");
        var help = run.Out.ReplaceLineEndings("\n").Replace("testhost fetch", "gpsi fetch", StringComparison.Ordinal);
        help.ShouldBe(File.ReadAllText(snapshot).ReplaceLineEndings("\n"));
    }

    private static int ClosedPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    /// <summary>Answers every request with the CSV, in process: no socket is opened.</summary>
    private sealed class StubHandler(string body) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!.ToString());
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(body, Encoding.UTF8, "text/csv"),
            });
        }
    }
}
