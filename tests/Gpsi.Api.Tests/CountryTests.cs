using System.Net;
using System.Text.Json;
using Gpsi.Core.Observations;
using Gpsi.Data.Editions;

namespace Gpsi.Api.Tests;

[Collection(ServedGpsi.Name)]
public sealed class CountryTests(ApiFixture fixture)
{
    private ScoreRow? Row(int year, string iso3, string node) =>
        fixture.Run.Scores.SingleOrDefault(r => r.Year == year && r.Iso3 == iso3 && r.Node == node);

    private IndicatorValue Value(int year, string iso3, string indicator) =>
        fixture.Run.Values.Single(v => v.Year == year && v.Iso3 == iso3 && v.Indicator == indicator);

    private static JsonElement Indicator(JsonElement json, string code) =>
        json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Country_Finland_LatestYearProfileEqualsTheRun()
    {
        var (response, json) = await fixture.JsonAsync("/api/countries/fin");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.GetProperty("iso3").GetString().ShouldBe("FIN");
        json.GetProperty("iso2").GetString().ShouldBe("FI");
        json.GetProperty("numeric").GetString().ShouldBe("246");
        json.GetProperty("name").GetString().ShouldBe("Finland");
        json.GetProperty("nameZh").GetString().ShouldBe("芬兰");
        json.GetProperty("region").GetString().ShouldBe("Europe & Central Asia");
        json.GetProperty("m49Region").GetString().ShouldBe("Europe");
        json.GetProperty("incomeGroup").GetString().ShouldBe("High income");
        json.GetProperty("regionZh").GetString().ShouldBe("欧洲与中亚");
        json.GetProperty("incomeGroupZh").GetString().ShouldBe("高收入");
        json.GetProperty("year").GetInt32().ShouldBe(2020);
        json.GetProperty("edition").GetString().ShouldBe("2020-r2");
        json.GetProperty("ranked").GetBoolean().ShouldBeTrue();
        var root = Row(2020, "FIN", "index")!;
        var index = json.GetProperty("index");
        index.GetProperty("score").Number().ShouldBe(root.Score);
        index.GetProperty("rank").Int().ShouldBe(root.Rank);
        index.GetProperty("band").GetString().ShouldBe(root.Band);
        index.GetProperty("interval").GetProperty("low").GetDouble().ShouldBe(root.Interval!.Low);
        index.GetProperty("interval").GetProperty("high").GetDouble().ShouldBe(root.Interval!.High);
        index.GetProperty("regionRank").Int().ShouldBe(root.RegionRank);
        index.GetProperty("regionSize").Int().ShouldBe(root.RegionSize);
        index.GetProperty("incomeGroupRank").Int().ShouldBe(root.IncomeGroupRank);
        index.GetProperty("incomeGroupSize").Int().ShouldBe(root.IncomeGroupSize);
        index.GetProperty("incomeGroupMean").Number().ShouldBe(root.IncomeGroupMean);

        var dimensions = json.GetProperty("dimensions").EnumerateArray().ToList();
        dimensions.Select(d => d.GetProperty("code").GetString()).ShouldBe(["order", "terror", "cyber", "road"]);
        foreach (var d in dimensions)
        {
            var code = d.GetProperty("code").GetString()!;
            d.GetProperty("score").Number().ShouldBe(Row(2020, "FIN", code)!.Score);
            d.GetProperty("rank").Int().ShouldBe(Row(2020, "FIN", code)!.Rank);
            var children = fixture.Run.Nodes.Where(n => n.Parent == code).Select(n => n.Code).ToList();
            d.GetProperty("indicatorCount").GetInt32().ShouldBe(children.Count);
            d.GetProperty("indicatorsWithValue").GetInt32()
                .ShouldBe(children.Count(c => Value(2020, "FIN", c).Value is not null));
        }

        dimensions[0].GetProperty("indicatorCount").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Country_EveryIndicator_ValueDataYearStatusAndSourcesOfTheRun()
    {
        var (_, json) = await fixture.JsonAsync("/api/countries/FIN?year=2020");

        var indicators = json.GetProperty("indicators").EnumerateArray().ToList();
        var codes = fixture.Run.Nodes.Where(n => n.Level == 1).Select(n => n.Code).ToList();
        indicators.Select(i => i.GetProperty("code").GetString()).ShouldBe(codes);
        foreach (var i in indicators)
        {
            var code = i.GetProperty("code").GetString()!;
            var v = Value(2020, "FIN", code);
            i.GetProperty("value").Number().ShouldBe(v.Value);
            i.GetProperty("normalised").Number().ShouldBe(v.Normalised);
            i.GetProperty("dataYear").Int().ShouldBe(v.DataYear);
            i.GetProperty("rank").Int().ShouldBe(Row(2020, "FIN", code)?.Rank);
            i.GetProperty("dimension").GetString().ShouldBe(fixture.Run.Nodes.Single(n => n.Code == code).Parent);
            var sources = i.GetProperty("sources").EnumerateArray().ToList();
            sources.Count.ShouldBe(v.Provenance.Length);
            for (var s = 0; s < sources.Count; s++)
            {
                sources[s].GetProperty("source").GetString().ShouldBe(v.Provenance[s].SourceId);
                sources[s].GetProperty("file").GetString().ShouldBe(v.Provenance[s].File);
                sources[s].GetProperty("line").Int().ShouldBe(v.Provenance[s].Line);
                sources[s].GetProperty("vintage").GetString().ShouldBe(v.Provenance[s].Vintage);
                sources[s].GetProperty("transformations").EnumerateArray().Select(t => t.GetString())
                    .ShouldBe(v.Provenance[s].Transformations);
                sources[s].GetProperty("title").GetString().ShouldBe(string.Join(" + ", v.Provenance[s].SourceId.Split('+')
                    .Select(id => fixture.Run.Sources.Single(x => x.Id == id).Title)));
            }
        }

        // Finland's 2020 homicide rate, as UNODC (via OWID) publishes it: homicide/unodc_homicide_rate_owid.csv.
        var homicide = Indicator(json, "homicide");
        homicide.GetProperty("value").GetDouble().ShouldBe(1.7541918);
        homicide.GetProperty("dataYear").GetInt32().ShouldBe(2020);
        homicide.GetProperty("status").GetString().ShouldBe("observed");
        homicide.GetProperty("unit").GetString().ShouldBe("per 100k");
        homicide.GetProperty("direction").GetInt32().ShouldBe(-1);
        homicide.GetProperty("nameZh").GetString().ShouldNotBe(homicide.GetProperty("name").GetString());
        var source = homicide.GetProperty("sources")[0];
        source.GetProperty("file").GetString()!.ShouldEndWith("unodc_homicide_rate_owid.csv");
        source.GetProperty("line").GetInt32().ShouldBe(1429);

        // A derived value names every source it combines (conflict deaths per 100k: UCDP GED and population).
        var conflict = Indicator(json, "conflict_deaths").GetProperty("sources")[0];
        conflict.GetProperty("source").GetString()!.ShouldContain("+");
        conflict.GetProperty("title").GetString()!.ShouldContain(" + ");
    }

    [Fact]
    public async Task Country_CarriedForwardValue_SaysSoWithItsDataYearAndMethod()
    {
        var carried = fixture.Run.Values.First(v => v.Year == 2020 && v.Status == ValueStatus.CarriedForward);
        var backCast = fixture.Run.Values.First(v => v.Year == 2010 && v.Status == ValueStatus.BackCast);

        var (_, json2020) = await fixture.JsonAsync($"/api/countries/{carried.Iso3}?year=2020");
        var (_, json2010) = await fixture.JsonAsync($"/api/countries/{backCast.Iso3}?year=2010");

        var c = Indicator(json2020, carried.Indicator);
        c.GetProperty("status").GetString().ShouldBe("carriedForward");
        c.GetProperty("dataYear").GetInt32().ShouldBe(carried.DataYear!.Value);
        c.GetProperty("dataYear").GetInt32().ShouldBeLessThan(2020);
        c.GetProperty("imputation").GetString().ShouldBe(carried.Imputation);
        c.GetProperty("value").Number().ShouldBe(carried.Value);
        var b = Indicator(json2010, backCast.Indicator);
        b.GetProperty("status").GetString().ShouldBe("backCast");
        b.GetProperty("dataYear").GetInt32().ShouldBeGreaterThan(2010);
    }

    [Fact]
    public async Task Country_MissingValue_MissingWithoutSources()
    {
        var missing = fixture.Run.Values.First(v => v.Year == 2020 && v.Status == ValueStatus.Missing);

        var (_, json) = await fixture.JsonAsync($"/api/countries/{missing.Iso3}?year=2020");

        var i = Indicator(json, missing.Indicator);
        i.GetProperty("status").GetString().ShouldBe("missing");
        i.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        i.GetProperty("sources").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Country_Trend_ElevenYearsOfTheRunWithCurrentEditions()
    {
        var (_, json) = await fixture.JsonAsync("/api/countries/CHN?year=2014");

        json.GetProperty("year").GetInt32().ShouldBe(2014);
        json.GetProperty("edition").GetString().ShouldBe("2014");
        json.GetProperty("nameZh").GetString().ShouldBe("中国");
        var trend = json.GetProperty("trend").EnumerateArray().ToList();
        trend.Count.ShouldBe(11);
        trend.Select(t => t.GetProperty("year").GetInt32()).ShouldBe(Enumerable.Range(2010, 11));
        trend[^1].GetProperty("edition").GetString().ShouldBe("2020-r2");
        trend[0].GetProperty("edition").GetString().ShouldBe("2010");
        foreach (var t in trend)
        {
            var year = t.GetProperty("year").GetInt32();
            var root = Row(year, "CHN", "index")!;
            t.GetProperty("score").Number().ShouldBe(root.Score);
            t.GetProperty("rank").Int().ShouldBe(root.Rank);
            t.GetProperty("band").GetString().ShouldBe(root.Band);
            t.GetProperty("interval").GetProperty("median").GetDouble().ShouldBe(root.Interval!.Median);
            t.GetProperty("dimensions").GetProperty("cyber").Number().ShouldBe(Row(year, "CHN", "cyber")!.Score);
        }
    }

    [Fact]
    public async Task Country_Peers_RegionByRankAndFiveAboveAndBelowInTheIncomeGroup()
    {
        var (_, json) = await fixture.JsonAsync("/api/countries/DEU?year=2019");

        var roots = fixture.Run.Scores.Where(r => r.Year == 2019 && r.Node == "index" && r.Score is not null)
            .OrderBy(r => r.Rank).ThenBy(r => r.Iso3, StringComparer.Ordinal).ToList();
        var germany = roots.Single(r => r.Iso3 == "DEU");
        var region = roots.Where(r => r.Region == germany.Region).ToList();
        var peers = json.GetProperty("peers");
        peers.GetProperty("region").EnumerateArray().Select(p => p.GetProperty("iso3").GetString())
            .ShouldBe(region.Select(r => r.Iso3));
        peers.GetProperty("region").EnumerateArray().Select(p => p.GetProperty("rank").Int())
            .ShouldBe(region.Select(r => r.Rank));
        var income = roots.Where(r => r.IncomeGroup == "High income").ToList();
        var at = income.FindIndex(r => r.Iso3 == "DEU");
        at.ShouldBeGreaterThanOrEqualTo(5);
        var incomePeers = peers.GetProperty("incomeGroup").EnumerateArray().ToList();
        incomePeers.Select(p => p.GetProperty("iso3").GetString())
            .ShouldBe(income.Skip(at - 5).Take(11).Select(r => r.Iso3));
        incomePeers.Count.ShouldBe(Math.Min(11, income.Count - at + 5));
        incomePeers[5].GetProperty("iso3").GetString().ShouldBe("DEU");
        incomePeers[5].GetProperty("score").Number().ShouldBe(germany.Score);
    }

    [Fact]
    public async Task Country_NotRanked_ProfileWithoutIndexOrIncomePeers()
    {
        var excluded = fixture.Run.Excluded.First(e => e.Year == 2020);

        var (response, json) = await fixture.JsonAsync($"/api/countries/{excluded.Iso3}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.GetProperty("ranked").GetBoolean().ShouldBeFalse();
        json.GetProperty("index").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("peers").GetProperty("incomeGroup").GetArrayLength().ShouldBe(0);
        json.GetProperty("indicators").GetArrayLength().ShouldBe(10);
        json.GetProperty("trend").GetArrayLength().ShouldBe(11);
    }

    [Fact]
    public async Task Country_RealCountryNotCovered_404NamingIt()
    {
        var taiwan = fixture.Registry.Find(new CountryCode("TWN")).ShouldNotBeNull();
        fixture.Run.Countries.ShouldNotContain(c => c.Iso3 == "TWN");

        var (response, json) = await fixture.JsonAsync("/api/countries/twn");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        json.GetProperty("field").GetString().ShouldBe("iso3");
        json.GetProperty("found").GetString().ShouldBe("twn");
        json.GetProperty("detail").GetString()!.ShouldStartWith($"{taiwan.Name} (TWN) is not covered");
    }

    [Theory]
    [InlineData("/api/countries/FIN?year=2021", 404, "year", "2021")]
    [InlineData("/api/countries/FIN?year=21", 400, "year", "21")]
    [InlineData("/api/countries/FIN?year=", 400, "year", "")]
    [InlineData("/api/countries/F%20N", 400, "iso3", "F N")]
    public async Task Country_BadYearOrCode_ProblemNamingTheField(string path, int status, string field, string found)
    {
        var (response, json) = await fixture.JsonAsync(path);

        ((int)response.StatusCode).ShouldBe(status);
        json.GetProperty("field").GetString().ShouldBe(field);
        json.GetProperty("found").GetString().ShouldBe(found);
        json.GetProperty("expected").GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
