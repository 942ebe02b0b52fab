using System.Net;
using System.Text.Json;
using Gpsi.Data.Editions;

namespace Gpsi.Api.Tests;

[Collection(ServedGpsi.Name)]
public sealed class RankingsTests(ApiFixture fixture)
{
    private List<ScoreRow> Rows(int year, string node) => [.. fixture.Run.Scores
        .Where(r => r.Year == year && r.Node == node)
        .OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.Iso3, StringComparer.Ordinal)];

    private ScoreRow? Row(int year, string iso3, string node) =>
        fixture.Run.Scores.SingleOrDefault(r => r.Year == year && r.Iso3 == iso3 && r.Node == node);

    private static List<string> Iso3s(JsonElement json) =>
        [.. json.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("iso3").GetString()!)];

    [Fact]
    public async Task Rankings_NoFilter_EveryRootRowWithNamesGroupsPeerRanksAndDimensions()
    {
        var (response, json) = await fixture.JsonAsync("/api/rankings/2019");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var node = json.GetProperty("node");
        node.GetProperty("code").GetString().ShouldBe("index");
        node.GetProperty("name").GetString().ShouldBe("Global Public Security Index");
        node.GetProperty("level").GetInt32().ShouldBe(fixture.Run.Nodes[0].Level);
        json.GetProperty("filters").GetProperty("region").ValueKind.ShouldBe(JsonValueKind.Null);
        var expected = Rows(2019, "index");
        json.GetProperty("count").GetInt32().ShouldBe(expected.Count);
        var countries = json.GetProperty("countries").EnumerateArray().ToList();
        countries.Count.ShouldBe(expected.Count);
        var dimensions = fixture.Run.Nodes.Where(n => n.Level == 2).Select(n => n.Code).ToList();
        dimensions.ShouldBe(["order", "terror", "cyber", "road"]);
        for (var i = 0; i < expected.Count; i++)
        {
            var (c, e) = (countries[i], expected[i]);
            c.GetProperty("iso3").GetString().ShouldBe(e.Iso3);
            c.GetProperty("score").Number().ShouldBe(e.Score);
            c.GetProperty("rank").Int().ShouldBe(e.Rank);
            c.GetProperty("band").GetString().ShouldBe(e.Band);
            c.GetProperty("region").GetString().ShouldBe(e.Region);
            c.GetProperty("incomeGroup").GetString().ShouldBe(e.IncomeGroup);
            c.GetProperty("regionRank").Int().ShouldBe(e.RegionRank);
            c.GetProperty("regionSize").Int().ShouldBe(e.RegionSize);
            c.GetProperty("incomeGroupRank").Int().ShouldBe(e.IncomeGroupRank);
            c.GetProperty("incomeGroupSize").Int().ShouldBe(e.IncomeGroupSize);
            c.GetProperty("interval").GetProperty("median").GetDouble().ShouldBe(e.Interval!.Median);
            c.GetProperty("numeric").GetString().ShouldBe(fixture.Run.Countries.Single(x => x.Iso3 == e.Iso3).Numeric);
            var scores = c.GetProperty("dimensions");
            scores.EnumerateObject().Select(p => p.Name).ShouldBe(dimensions);
            foreach (var d in dimensions)
            {
                scores.GetProperty(d).Number().ShouldBe(Row(2019, e.Iso3, d)!.Score);
            }
        }

        var finland = countries.Single(c => c.GetProperty("iso3").GetString() == "FIN");
        finland.GetProperty("name").GetString().ShouldBe("Finland");
        finland.GetProperty("nameZh").GetString().ShouldBe("芬兰");
        finland.GetProperty("numeric").GetString().ShouldBe("246");
        finland.GetProperty("region").GetString().ShouldBe("Europe & Central Asia");
        finland.GetProperty("incomeGroup").GetString().ShouldBe("High income");
        finland.GetProperty("regionZh").GetString().ShouldBe("欧洲与中亚");
        finland.GetProperty("incomeGroupZh").GetString().ShouldBe("高收入");
        countries.Where(c => c.GetProperty("region").ValueKind == JsonValueKind.String)
            .ShouldAllBe(c => c.GetProperty("regionZh").GetString() != c.GetProperty("region").GetString());
        finland.GetProperty("bandZh").GetString().ShouldBe(finland.GetProperty("band").GetString() switch
        {
            "Very high" => "很高",
            "High" => "较高",
            var other => throw new ShouldAssertException($"Finland's band {other}"),
        });
        countries.Single(c => c.GetProperty("iso3").GetString() == "CHN").GetProperty("nameZh").GetString().ShouldBe("中国");
    }

    [Theory]
    [InlineData("region=europe%20%26%20central%20asia", "Europe & Central Asia")]
    [InlineData("region=Sub-Saharan%20Africa", "Sub-Saharan Africa")]
    public async Task Rankings_Region_ExactlyThatRegionsCountriesWithGlobalRanks(string query, string region)
    {
        var (response, json) = await fixture.JsonAsync("/api/rankings/2020?" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.GetProperty("filters").GetProperty("region").GetString().ShouldBe(region);
        var expected = Rows(2020, "index").Where(r => r.Region == region).ToList();
        expected.Count.ShouldBeGreaterThan(30);
        Iso3s(json).ShouldBe(expected.Select(r => r.Iso3));
        json.GetProperty("count").GetInt32().ShouldBe(expected.Count);
        var ranks = json.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("rank").Int()).ToList();
        ranks.ShouldBe(expected.Select(r => r.Rank));
        ranks[^1]!.Value.ShouldBeGreaterThan(expected.Count); // global ranks, not re-ranked within the region
        json.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("regionRank").Int())
            .ShouldBe(Enumerable.Range(1, expected.Count).Select(i => (int?)i));
    }

    [Theory]
    [InlineData("HIC")]
    [InlineData("hic")]
    [InlineData("High%20income")]
    [InlineData("high%20INCOME")]
    public async Task Rankings_IncomeByNameOrCode_TheHighIncomeCountries(string income)
    {
        var (_, json) = await fixture.JsonAsync("/api/rankings/2015?income=" + income);

        json.GetProperty("filters").GetProperty("income").GetString().ShouldBe("High income");
        var expected = Rows(2015, "index").Where(r => r.IncomeGroup == "High income").Select(r => r.Iso3).ToList();
        expected.ShouldContain("FIN");
        expected.ShouldNotContain("CHN");
        Iso3s(json).ShouldBe(expected);
    }

    [Fact]
    public async Task Rankings_BandAndRegion_BothFiltersApply()
    {
        var (_, json) = await fixture.JsonAsync("/api/rankings/2020?band=very%20high&region=Europe%20%26%20Central%20Asia");

        json.GetProperty("filters").GetProperty("band").GetString().ShouldBe("Very high");
        var expected = Rows(2020, "index").Where(r => r.Band == "Very high" && r.Region == "Europe & Central Asia")
            .Select(r => r.Iso3).ToList();
        expected.ShouldNotBeEmpty();
        Iso3s(json).ShouldBe(expected);
    }

    [Fact]
    public async Task Rankings_DimensionNode_RanksOnTheNodeWithTheIndexBandAndNoInterval()
    {
        var (_, json) = await fixture.JsonAsync("/api/rankings/2018?node=ROAD");

        var node = json.GetProperty("node");
        node.GetProperty("code").GetString().ShouldBe("road");
        node.GetProperty("name").GetString().ShouldBe("Road traffic safety");
        node.GetProperty("level").GetInt32().ShouldBe(2);
        var expected = Rows(2018, "road");
        var countries = json.GetProperty("countries").EnumerateArray().ToList();
        countries.Select(c => c.GetProperty("iso3").GetString()).ShouldBe(expected.Select(r => r.Iso3));
        countries.Select(c => c.GetProperty("score").Number()).ShouldBe(expected.Select(r => r.Score));
        countries.Select(c => c.GetProperty("rank").Int()).ShouldBe(expected.Select(r => r.Rank));
        countries.ShouldAllBe(c => c.GetProperty("interval").ValueKind == JsonValueKind.Null);
        countries.Select(c => c.GetProperty("band").GetString())
            .ShouldBe(expected.Select(r => Row(2018, r.Iso3, "index")!.Band));
    }

    [Fact]
    public async Task Rankings_IndicatorNode_NoScoreRowsLastByIso3()
    {
        var (_, json) = await fixture.JsonAsync("/api/rankings/2010?node=ncsi");

        var expected = Rows(2010, "ncsi");
        Iso3s(json).ShouldBe(expected.Select(r => r.Iso3));
        var scores = json.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("score").Number()).ToList();
        var firstMissing = scores.FindIndex(s => s is null);
        if (firstMissing >= 0)
        {
            scores.Skip(firstMissing).ShouldAllBe(s => s == null);
        }
    }

    [Theory]
    [InlineData("node=nothing", "node", "nothing", "order")]
    [InlineData("region=Mars", "region", "Mars", "Europe & Central Asia")]
    [InlineData("income=XIC", "income", "XIC", "High income")]
    [InlineData("income=XIC", "income", "XIC", "HIC")]
    [InlineData("band=Huge", "band", "Huge", "Very high, High, Medium, Low, Very low")]
    public async Task Rankings_UnknownFilterValue_400ListingTheAcceptedValues(string query, string field, string found,
        string listed)
    {
        var (response, json) = await fixture.JsonAsync("/api/rankings/2020?" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        json.GetProperty("field").GetString().ShouldBe(field);
        json.GetProperty("found").GetString().ShouldBe(found);
        json.GetProperty("expected").GetString()!.ShouldStartWith("one of: ");
        json.GetProperty("expected").GetString()!.ShouldContain(listed);
        json.GetProperty("detail").GetString()!.ShouldContain(found);
    }
}
