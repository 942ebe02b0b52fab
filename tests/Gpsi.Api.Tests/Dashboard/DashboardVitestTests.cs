using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gpsi.Core.Structure;
using Xunit.Abstractions;

namespace Gpsi.Api.Tests.Dashboard;

/// <summary>
/// Runs the dashboard's vitest suite (<c>npm test --prefix web</c>) as part of <c>dotnet test</c>, with the real 2020
/// GPSI as its fixture: the framework and the 2020 rankings (with every country's dimension scores) written from the
/// served API when it has those routes, else from the fixture's <c>IndexRun</c> in the API contract's shape.
/// </summary>
[Collection(ServedGpsi.Name)]
public sealed class DashboardVitestTests(ApiFixture fixture, ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Vitest_RealGpsi2020_AllPass()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["framework-2020.json"], await FrameworkAsync());
        await File.WriteAllTextAsync(folder["rankings-2020.json"], await RankingsAsync());

        var (exit, text) = await RunAsync("npm", ["test", "--prefix", WebProject.Folder, "--", "--reporter=verbose"], folder.Path);

        output.WriteLine(text);
        exit.ShouldBe(0, text);
        text.ShouldContain("the real 2020 GPSI");
        text.ShouldNotContain("skipped", Case.Insensitive, text);
    }

    private async Task<string> FrameworkAsync()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/framework?year=2020", UriKind.Relative));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return await response.Content.ReadAsStringAsync();
        }

        var nodes = fixture.Run.Nodes.Select(n => new
        {
            code = n.Code,
            name = n.Name,
            kind = n.Kind == NodeKind.Indicator ? "indicator" : "aggregate",
            level = n.Level,
            parent = n.Parent,
            weight = n.Weight,
        });
        return JsonSerializer.Serialize(new { year = 2020, aggregation = "amean", nodes }, Web);
    }

    private async Task<string> RankingsAsync()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/rankings/2020", UriKind.Relative));
        var served = await response.Content.ReadAsStringAsync();
        if (JsonNode.Parse(served)?["countries"]?[0]?["dimensions"] is not null)
        {
            return served;
        }

        var run = fixture.Run;
        var dimensions = run.Nodes.Where(n => n.Parent == run.RootCode).Select(n => n.Code).ToList();
        var rows = run.Scores.Where(s => s.Year == 2020).GroupBy(s => s.Iso3).Select(g =>
        {
            var root = g.Single(s => s.Node == run.RootCode);
            return new
            {
                iso3 = g.Key,
                score = root.Score,
                rank = root.Rank,
                dimensions = dimensions.ToDictionary(d => d, d => g.SingleOrDefault(s => s.Node == d)?.Score),
            };
        });
        return JsonSerializer.Serialize(new { year = 2020, countries = rows }, Web);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string[] args, string fixtureFolder)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["GPSI_WEB_FIXTURE"] = fixtureFolder, ["NO_COLOR"] = "1", ["CI"] = "1" },
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
