using System.Net;
using System.Text.Json;

namespace Gpsi.Api.Tests;

[Collection(ServedGpsi.Name)]
public sealed class IndicatorTests(ApiFixture fixture)
{
    [Fact]
    public async Task Indicator_Homicide_EveryYearEveryConsideredCountryAsTheRun()
    {
        var (response, json) = await fixture.JsonAsync("/api/indicators/homicide");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.GetProperty("code").GetString().ShouldBe("homicide");
        json.GetProperty("name").GetString().ShouldBe("Intentional homicide rate");
        json.GetProperty("kind").GetString().ShouldBe("indicator");
        json.GetProperty("unit").GetString().ShouldBe("per 100k");
        json.GetProperty("direction").GetInt32().ShouldBe(-1);
        var years = json.GetProperty("years").EnumerateArray().ToList();
        years.Select(y => y.GetProperty("year").GetInt32()).ShouldBe(Enumerable.Range(2010, 11));
        years[^1].GetProperty("edition").GetString().ShouldBe("2020-r2");
        var values2016 = years[6].GetProperty("values").EnumerateArray().ToList();
        values2016.Count.ShouldBe(fixture.Run.Countries.Length);
        foreach (var v in values2016)
        {
            var iso3 = v.GetProperty("iso3").GetString();
            var expected = fixture.Run.Values.Single(x => x.Year == 2016 && x.Iso3 == iso3 && x.Indicator == "homicide");
            var row = fixture.Run.Scores.SingleOrDefault(x => x.Year == 2016 && x.Iso3 == iso3 && x.Node == "homicide");
            v.GetProperty("value").Number().ShouldBe(expected.Value);
            v.GetProperty("dataYear").Int().ShouldBe(expected.DataYear);
            v.GetProperty("score").Number().ShouldBe(row?.Score);
            v.GetProperty("rank").Int().ShouldBe(row?.Rank);
        }

        var ranks = values2016.Select(v => v.GetProperty("rank").Int() ?? int.MaxValue).ToList();
        ranks.ShouldBe(ranks.Order());
    }

    [Fact]
    public async Task Indicator_OneCountry_ItsValueEachYear()
    {
        var (_, json) = await fixture.JsonAsync("/api/indicators/homicide?country=fin");

        var years = json.GetProperty("years").EnumerateArray().ToList();
        years.Count.ShouldBe(11);
        years.ShouldAllBe(y => y.GetProperty("values").GetArrayLength() == 1);
        var fin2020 = years[^1].GetProperty("values")[0];
        fin2020.GetProperty("iso3").GetString().ShouldBe("FIN");
        fin2020.GetProperty("value").GetDouble().ShouldBe(1.7541918);
        fin2020.GetProperty("status").GetString().ShouldBe("observed");
    }

    [Fact]
    public async Task Indicator_Aggregate_ScoresWithoutRawValues()
    {
        var (_, json) = await fixture.JsonAsync("/api/indicators/terror?country=NOR");

        json.GetProperty("kind").GetString().ShouldBe("aggregate");
        json.GetProperty("direction").ValueKind.ShouldBe(JsonValueKind.Null);
        var v = json.GetProperty("years")[3].GetProperty("values")[0];
        var row = fixture.Run.Scores.Single(r => r.Year == 2013 && r.Iso3 == "NOR" && r.Node == "terror");
        v.GetProperty("score").Number().ShouldBe(row.Score);
        v.GetProperty("rank").Int().ShouldBe(row.Rank);
        v.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        v.GetProperty("status").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/api/indicators/nothing", 404, "code", "nothing", "homicide")]
    [InlineData("/api/indicators/homicide?country=F1N", 400, "country", "F1N", "three letters")]
    [InlineData("/api/indicators/homicide?country=XYZ", 404, "country", "XYZ", "country")]
    public async Task Indicator_UnknownCodeOrCountry_Problem(string path, int status, string field, string found,
        string mentioned)
    {
        var (response, json) = await fixture.JsonAsync(path);

        ((int)response.StatusCode).ShouldBe(status);
        json.GetProperty("field").GetString().ShouldBe(field);
        json.GetProperty("found").GetString().ShouldBe(found);
        (json.GetProperty("detail").GetString() + json.GetProperty("expected").GetString()).ShouldContain(mentioned);
    }
}
