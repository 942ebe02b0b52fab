namespace Gpsi.Cli.Tests.Commands;

/// <summary><c>gpsi serve</c>'s argument checks (the API itself is tested in Gpsi.Api.Tests).</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("ftp://127.0.0.1:5000")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("http://127.0.0.1:5000;nonsense")]
    public void Serve_UrlNotHttp_UsageErrorNamingIt(string urls)
    {
        var run = CliRun.Of("serve", "--urls", urls, "--store", Path.Combine(Path.GetTempPath(), "never-opened.db"));

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldStartWith("gpsi: --urls: expected http:// or https:// addresses");
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Serve_NegativeRateLimit_UsageError()
    {
        var run = CliRun.Of("serve", "--rate-limit", "-1", "--store", Path.Combine(Path.GetTempPath(), "never-opened.db"));

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldStartWith("gpsi: --rate-limit: expected 0 (off) or a positive number");
    }

    [Fact]
    public void Serve_MissingStore_RefusedAndNotCreated()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gpsi-missing-" + Guid.NewGuid().ToString("N") + ".db");

        var run = CliRun.Of("serve", "--urls", "http://127.0.0.1:0", "--store", missing);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("cannot open the store");
        run.Error.ShouldContain("for reading");
        File.Exists(missing).ShouldBeFalse();
    }

    [Fact]
    public void Serve_StoreWithoutSchema_RefusedSayingToBuildFirst()
    {
        using var folder = new TempFolder();
        var empty = folder["empty.db"];
        File.WriteAllBytes(empty, []); // an empty file is an empty SQLite database

        var run = CliRun.Of("serve", "--urls", "http://127.0.0.1:0", "--store", empty);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("has no GPSI schema");
        run.Error.ShouldContain("run gpsi build first");
        new FileInfo(empty).Length.ShouldBe(0);
    }

    [Fact]
    public void Help_ListsServe()
    {
        var run = CliRun.Of("--help");

        run.Out.ShouldContain("serve");
    }
}
