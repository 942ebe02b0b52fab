using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gpsi.Api.Tests;

/// <summary>The per-IP token bucket, through an app whose clients' IP addresses come from a test header.</summary>
[Collection(ServedGpsi.Name)]
public sealed class ApiRateLimitingTests(ApiFixture fixture)
{
    private const int Burst = 3;

    private async Task<WebApplication> StartAsync(GpsiApiOptions options)
    {
        var app = GpsiApi.Create(fixture.Holder, [], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new ClientAddressFromHeader());
        }, options: options);
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string ip, string path = "/api/editions")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(ClientAddressFromHeader.Header, ip);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task RateLimit_BurstExceeded_429ProblemWithRetryAfterAndOtherIpsServed()
    {
        await using var app = await StartAsync(new GpsiApiOptions(PermitsPerSecond: 1, Burst: Burst));
        using var client = app.GetTestClient();
        (await GetAsync(client, "192.0.2.99")).Dispose(); // warm up (JIT) before the measured client's first request

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Burst; i++)
        {
            using var ok = await GetAsync(client, "192.0.2.1");
            statuses.Add(ok.StatusCode);
        }

        using var rejected = await GetAsync(client, "192.0.2.1");
        using var other = await GetAsync(client, "198.51.100.7");

        statuses.ShouldAllBe(s => s == HttpStatusCode.OK);
        rejected.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        rejected.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var seconds = int.Parse(rejected.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        seconds.ShouldBeInRange(1, 2);
        using var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(429);
        problem.RootElement.GetProperty("field").GetString().ShouldBe("client");
        problem.RootElement.GetProperty("found").GetString().ShouldBe("192.0.2.1");
        problem.RootElement.GetProperty("expected").GetString().ShouldBe("at most 1 requests a second (bursts of 3)");
        rejected.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RateLimit_Off_ManyRequestsFromOneIpAllServed()
    {
        await using var app = await StartAsync(new GpsiApiOptions(PermitsPerSecond: 0, Burst: 0));
        using var client = app.GetTestClient();

        for (var i = 0; i < 20; i++)
        {
            using var response = await GetAsync(client, "192.0.2.1");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task RateLimit_NoRemoteAddress_NotLimited()
    {
        await using var app = await StartAsync(new GpsiApiOptions(PermitsPerSecond: 1, Burst: 1));
        using var client = app.GetTestClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/editions", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
