using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Gpsi.Api.Web;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api.Tests.Dashboard;

[Collection(ServedGpsi.Name)]
public sealed partial class DashboardEndpointsTests(ApiFixture fixture)
{
    [GeneratedRegex("""<script type="module" crossorigin src="(/assets/index-[A-Za-z0-9_-]+\.js)"></script>""")]
    private static partial Regex EntryScript();

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await fixture.Client.SendAsync(request);
    }

    private async Task<string> EntryScriptPathAsync()
    {
        using var response = await GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var match = EntryScript().Match(html);
        match.Success.ShouldBeTrue(html);
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task Root_ServesIndexHtml_NoCacheWithCspAndOnlyExternalScripts()
    {
        using var response = await GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("style-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("id=\"lang-switch\"");
        html.ShouldContain("<title>Global Public Security Index</title>");
        EntryScript().IsMatch(html).ShouldBeTrue();
        // Under that CSP an inline script or style would not run: the page has none.
        Regex.Count(html, "<script(?![^>]*\\bsrc=)").ShouldBe(0);
        html.ShouldNotContain("<style");
        html.ShouldNotContain(" style=");
    }

    [Fact]
    public async Task Asset_HashedScript_JavaScriptCachedForAYearAndImmutable()
    {
        var path = await EntryScriptPathAsync();

        using var response = await GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        response.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        response.Headers.CacheControl.Public.ShouldBeTrue();
        response.Headers.CacheControl.Extensions.ShouldContain(e => e.Name == "immutable");
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(DashboardEndpoints.DefaultRoot, path.TrimStart('/')));
        body.ShouldBe(onDisk);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Asset_AcceptedEncoding_PrecompressedCopyThatDecompressesToTheFile(string encoding)
    {
        var path = await EntryScriptPathAsync();
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(DashboardEndpoints.DefaultRoot, path.TrimStart('/')));

        using var response = await GetAsync(path, encoding == "br" ? "gzip, deflate, br" : "gzip;q=0.8, br;q=0");
        var body = await response.Content.ReadAsByteArrayAsync();

        response.Content.Headers.ContentEncoding.ShouldBe([encoding]);
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        body.Length.ShouldBeLessThan(onDisk.Length / 2);
        using var compressed = new MemoryStream(body);
        using Stream inflating = encoding == "br"
            ? new BrotliStream(compressed, CompressionMode.Decompress)
            : new GZipStream(compressed, CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await inflating.CopyToAsync(plain);
        plain.ToArray().ShouldBe(onDisk);
    }

    [Fact]
    public async Task Asset_IfNoneMatchWithItsTag_NotModified()
    {
        var path = await EntryScriptPathAsync();
        using var first = await GetAsync(path);
        var tag = first.Headers.ETag!.Tag;

        using var second = await GetAsync(path, ifNoneMatch: tag);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Asset_MapTopology_ServedAsJson()
    {
        var name = Directory.GetFiles(Path.Combine(DashboardEndpoints.DefaultRoot, "assets"), "countries-110m-*.json").Single();

        using var response = await GetAsync("/assets/" + Path.GetFileName(name), "br");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
    }

    [Theory]
    [InlineData("/assets/nothing-here.js")]
    [InlineData("/assets/..%2Findex.html")]
    [InlineData("/wwwroot/index.html")]
    public async Task Asset_UnknownPath_NotFound(string path)
    {
        using var response = await GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("gzip, deflate, br", true, true)]
    [InlineData("gzip;q=0.5", false, true)]
    [InlineData("br;q=0, gzip", false, true)]
    [InlineData("*", true, true)]
    [InlineData("identity", false, false)]
    [InlineData("", false, false)]
    public void AcceptEncoding_Header_BrotliAndGzipAcceptance(string header, bool br, bool gzip)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptEncoding = header;

        ContentCodings.Accepted(context.Request).ShouldBe((br, gzip));
    }
}
