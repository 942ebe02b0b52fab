using System.Net;
using System.Text.Json;

namespace Gpsi.Api.Tests;

/// <summary>
/// The OpenAPI document is a public contract: it is committed as docs/openapi.json and must equal what the API
/// serves. Refresh it after changing endpoints with
/// <c>GPSI_UPDATE_SNAPSHOTS=1 dotnet test tests/Gpsi.Api.Tests --filter OpenApi</c> and commit the file.
/// </summary>
[Collection(ServedGpsi.Name)]
public sealed class ApiOpenApiTests(ApiFixture fixture)
{
    private const string Snapshot = "docs/openapi.json";
    private const string UpdateVariable = "GPSI_UPDATE_SNAPSHOTS";

    private async Task<string> ServedAsync()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return Normalise(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_Served_EqualsTheCommittedSnapshot()
    {
        var served = await ServedAsync();
        var path = RepositoryFiles.PathOf(Snapshot);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        File.Exists(path).ShouldBeTrue($"{Snapshot} is missing: create it with {UpdateVariable}=1 dotnet test tests/Gpsi.Api.Tests --filter OpenApi");
        var committed = Normalise(await File.ReadAllTextAsync(path));
        (served == committed).ShouldBeTrue(
            $"The served OpenAPI document differs from {Snapshot} (first difference at character {FirstDifference(served, committed)}). "
            + $"If the API change is intended, refresh the snapshot with `{UpdateVariable}=1 dotnet test tests/Gpsi.Api.Tests "
            + "--filter OpenApi` and commit docs/openapi.json.");
    }

    [Fact]
    public async Task OpenApi_Document_Version31WithTitleProblemSchemaAndRoutes()
    {
        using var document = JsonDocument.Parse(await ServedAsync());
        var root = document.RootElement;

        root.GetProperty("openapi").GetString().ShouldStartWith("3.1");
        root.GetProperty("info").GetProperty("title").GetString().ShouldBe("GPSI open data API");
        root.GetProperty("info").GetProperty("version").GetString().ShouldBe(ApiOpenApi.Version);
        root.GetProperty("info").GetProperty("description").GetString()!.ShouldContain("RFC 9457");
        root.TryGetProperty("servers", out _).ShouldBeFalse();
        var problem = root.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails");
        var properties = problem.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        properties.ShouldBe(["type", "title", "status", "detail", "instance", "traceId", "field", "found", "expected"],
            ignoreOrder: true);
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/editions");
        paths.ShouldContain("/api/rankings/{year}");
        paths.ShouldContain("/api/countries/{iso3}");
        paths.ShouldNotContain("/api/openapi.json");
        root.GetProperty("paths").GetProperty("/api/editions").GetProperty("get").GetProperty("responses")
            .GetProperty("429").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema")
            .GetProperty("$ref").GetString().ShouldBe("#/components/schemas/ProblemDetails");
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }
}
