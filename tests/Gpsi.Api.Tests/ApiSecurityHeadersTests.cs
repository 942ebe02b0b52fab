using System.Net;

namespace Gpsi.Api.Tests;

[Collection(ServedGpsi.Name)]
public sealed class ApiSecurityHeadersTests(ApiFixture fixture)
{
    private static readonly (string Name, string Value)[] Expected =
    [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    [Theory]
    [InlineData("/api/editions", HttpStatusCode.OK)]
    [InlineData("/api/rankings/2019", HttpStatusCode.OK)]
    [InlineData("/api/rankings/1999", HttpStatusCode.NotFound)]
    [InlineData("/api/countries/F1N", HttpStatusCode.BadRequest)]
    [InlineData("/api/openapi.json", HttpStatusCode.OK)]
    [InlineData("/no-such-page.html", HttpStatusCode.NotFound)]
    public async Task Headers_AnyAnswer_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(status);
        foreach (var (name, value) in Expected)
        {
            Header(response, name).ShouldBe(value, name);
        }

        Header(response, "Permissions-Policy")!.ShouldContain("camera=()");
    }

    [Theory]
    [InlineData("/api/editions")]
    [InlineData("/api/rankings/1999")]
    public async Task Cors_ApiGet_AnyOriginMayRead(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", "https://example.org");

        using var response = await fixture.Client.SendAsync(request);

        Header(response, "Access-Control-Allow-Origin").ShouldBe("*");
        Header(response, "Access-Control-Expose-Headers")!.ShouldContain("ETag");
    }

    [Fact]
    public async Task Cors_OutsideTheApi_NoAllowOrigin()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/index.html", UriKind.Relative));

        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Cors_Preflight_NoContentAllowingGetAndIfNoneMatch()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/rankings/2020", UriKind.Relative));
        request.Headers.Add("Origin", "https://example.org");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        using var response = await fixture.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Header(response, "Access-Control-Allow-Origin").ShouldBe("*");
        Header(response, "Access-Control-Allow-Methods").ShouldBe("GET, HEAD");
        Header(response, "Access-Control-Allow-Headers")!.ShouldContain("If-None-Match");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : null;
}
