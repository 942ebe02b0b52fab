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
    public void Help_ListsServe()
    {
        var run = CliRun.Of("--help");

        run.Out.ShouldContain("serve");
    }
}
