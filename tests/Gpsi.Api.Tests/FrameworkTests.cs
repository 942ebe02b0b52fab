using System.Net;
using System.Text.Json;

namespace Gpsi.Api.Tests;

[Collection(ServedGpsi.Name)]
public sealed class FrameworkTests(ApiFixture fixture)
{
    private static JsonElement Node(JsonElement json, string code) =>
        json.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Framework_Latest_TheRunsTreeBandsAndAggregation()
    {
        var (response, json) = await fixture.JsonAsync("/api/framework");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.GetProperty("year").GetInt32().ShouldBe(2020);
        json.GetProperty("edition").GetString().ShouldBe("2020-r2");
        json.GetProperty("recipeHash").GetString().ShouldBe(fixture.Run.RecipeHash);
        json.GetProperty("name").GetString().ShouldBe("gpsi-v1");
        json.GetProperty("title").GetString().ShouldBe("Global Public Security Index");
        json.GetProperty("aggregation").GetString().ShouldBe("amean");
        var bands = json.GetProperty("bands");
        bands.GetProperty("thresholds").EnumerateArray().Select(t => t.GetDouble()).ShouldBe([80.0, 70, 60, 50]);
        bands.GetProperty("labels").EnumerateArray().Select(t => t.GetString())
            .ShouldBe(["Very high", "High", "Medium", "Low", "Very low"]);
        bands.GetProperty("labelsZh").EnumerateArray().Select(t => t.GetString()).ShouldBe(["很高", "较高", "中等", "较低", "很低"]);

        var nodes = json.GetProperty("nodes").EnumerateArray().ToList();
        nodes.Select(n => n.GetProperty("code").GetString()).ShouldBe(fixture.Run.Nodes.Select(n => n.Code));
        for (var i = 0; i < nodes.Count; i++)
        {
            var expected = fixture.Run.Nodes[i];
            nodes[i].GetProperty("weight").GetDouble().ShouldBe(expected.Weight);
            nodes[i].GetProperty("level").GetInt32().ShouldBe(expected.Level);
            nodes[i].GetProperty("reason").GetString().ShouldBe(expected.Reason);
        }

        var root = nodes[0];
        root.GetProperty("kind").GetString().ShouldBe("aggregate");
        root.GetProperty("parent").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("direction").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("sources").GetArrayLength().ShouldBe(fixture.Run.Sources.Length);
        root.GetProperty("nameZh").GetString().ShouldNotBe("Global Public Security Index");
        var homicide = Node(json, "homicide");
        homicide.GetProperty("kind").GetString().ShouldBe("indicator");
        homicide.GetProperty("parent").GetString().ShouldBe("order");
        homicide.GetProperty("direction").GetInt32().ShouldBe(-1);
        homicide.GetProperty("unit").GetString().ShouldBe("per 100k");
        homicide.GetProperty("type").GetString().ShouldBe("outcome");
        Node(json, "ncsi").GetProperty("direction").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Framework_Sources_ThroughDerivedSeriesAndDenominators()
    {
        var (_, json) = await fixture.JsonAsync("/api/framework?year=2013");

        json.GetProperty("edition").GetString().ShouldBe("2013");
        string[] SourcesOf(string code) =>
            [.. Node(json, code).GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
        string[] Reading(params string[] series) =>
            [.. fixture.Run.Sources.Where(s => s.Series.Any(series.Contains)).Select(s => s.Id)];

        SourcesOf("homicide").ShouldBe(Reading("homicide_rate"));
        SourcesOf("homicide").Length.ShouldBe(1);
        // conflict_deaths reads conflict_deaths_all = weighted sum of conflict_deaths on population, per 100k people.
        SourcesOf("conflict_deaths").ShouldBe(Reading("conflict_deaths", "population"));
        SourcesOf("conflict_deaths").Length.ShouldBe(2);
        SourcesOf("gci").ShouldBe(Reading("gci_2017", "gci_2018", "gci_2020"));
        var order = SourcesOf("order");
        order.ShouldBe(Reading("homicide_rate", "conflict_deaths", "population", "wjp_f5_order_security"));
        var s0 = Node(json, "homicide").GetProperty("sources")[0];
        var expected = fixture.Run.Sources.Single(s => s.Id == s0.GetProperty("id").GetString());
        s0.GetProperty("title").GetString().ShouldBe(expected.Title);
        s0.GetProperty("publisher").GetString().ShouldBe(expected.Publisher);
        s0.GetProperty("url").GetString().ShouldBe(expected.Url);
        s0.GetProperty("licence").GetString().ShouldBe(expected.Licence);
        s0.GetProperty("vintage").GetString().ShouldBe(expected.Vintage);
    }

    [Theory]
    [InlineData("/api/framework?year=1999", 404)]
    [InlineData("/api/framework?year=x", 400)]
    [InlineData("/api/methodology?year=2009", 404)]
    [InlineData("/api/methodology?year=20100", 400)]
    public async Task FrameworkAndMethodology_BadYear_ProblemNamingYear(string path, int status)
    {
        var (response, json) = await fixture.JsonAsync(path);

        ((int)response.StatusCode).ShouldBe(status);
        json.GetProperty("field").GetString().ShouldBe("year");
        json.GetProperty("found").GetString().ShouldBe(path[(path.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        json.GetProperty("expected").GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
