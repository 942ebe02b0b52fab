using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Gpsi.Api.Tests;

public sealed class GpsiApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string path)
    {
        var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response, document.RootElement.Clone());
    }

    [Fact]
    public async Task Editions_ThreePublished_ListsEachWithCurrentFlag()
    {
        var (response, json) = await GetAsync("/api/editions");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        json.GetArrayLength().ShouldBe(3);
        var ids = json.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        ids.ShouldBe(["2019", "2020", "2020-r1"]);
        var current = json.EnumerateArray().Select(e => e.GetProperty("current").GetBoolean()).ToList();
        current.ShouldBe([true, false, true]);
        json[2].GetProperty("year").GetInt32().ShouldBe(2020);
        json[2].GetProperty("recipeHash").GetString().ShouldBe(fixture.RecipeHash);
        json[2].GetProperty("snapshotId").GetString().ShouldBe("sha256:snap");
        json[2].GetProperty("publishedAt").GetDateTimeOffset()
            .ShouldBe(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Rankings_Year2019_RootRowsWithIntervals()
    {
        var (response, json) = await GetAsync("/api/rankings/2019");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.GetProperty("year").GetInt32().ShouldBe(2019);
        json.GetProperty("edition").GetString().ShouldBe("2019");
        json.GetProperty("node").GetString().ShouldBe("index");
        var countries = json.GetProperty("countries");
        countries.GetArrayLength().ShouldBe(2);
        var fin = countries[0];
        fin.GetProperty("iso3").GetString().ShouldBe("FIN");
        fin.GetProperty("score").GetDouble().ShouldBe(71.25);
        fin.GetProperty("rank").GetInt32().ShouldBe(1);
        fin.GetProperty("band").GetString().ShouldBe("A");
        fin.GetProperty("interval").GetProperty("low").GetDouble().ShouldBe(1);
        fin.GetProperty("interval").GetProperty("median").GetDouble().ShouldBe(1.5);
        fin.GetProperty("interval").GetProperty("high").GetDouble().ShouldBe(2.25);
        countries[1].GetProperty("iso3").GetString().ShouldBe("NOR");
        countries[1].GetProperty("score").GetDouble().ShouldBe(65.125);
    }

    [Fact]
    public async Task Rankings_CorrectedYear_ServesTheCorrectionOnly()
    {
        var (_, json) = await GetAsync("/api/rankings/2020");

        json.GetProperty("edition").GetString().ShouldBe("2020-r1");
        var countries = json.GetProperty("countries");
        countries.EnumerateArray().Select(c => c.GetProperty("iso3").GetString()).ShouldBe(["NOR", "FIN"]);
        countries[0].GetProperty("score").GetDouble().ShouldBe(73.5);
        countries[0].GetProperty("interval").GetProperty("high").GetDouble().ShouldBe(1.75);
        countries[1].GetProperty("interval").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Country_Norway_RowsOfEveryCurrentEdition()
    {
        var (response, json) = await GetAsync("/api/countries/nor");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.GetProperty("iso3").GetString().ShouldBe("NOR");
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => (r.GetProperty("edition").GetString(), r.GetProperty("node").GetString()))
            .ShouldBe([("2019", "order"), ("2019", "index"), ("2020-r1", "index"), ("2020-r1", "order")]);
        rows[0].GetProperty("score").GetDouble().ShouldBe(90);
        rows[0].GetProperty("band").ValueKind.ShouldBe(JsonValueKind.Null);
        rows[1].GetProperty("interval").GetProperty("median").GetDouble().ShouldBe(2);
        rows[2].GetProperty("year").GetInt32().ShouldBe(2020);
        rows[2].GetProperty("score").GetDouble().ShouldBe(73.5);
        rows[3].GetProperty("rank").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Country_NullScore_SerialisedAsNull()
    {
        var (_, json) = await GetAsync("/api/countries/FIN");

        var last = json.GetProperty("rows").EnumerateArray().Last();
        last.GetProperty("node").GetString().ShouldBe("order");
        last.GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        last.GetProperty("rank").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/api/countries/SWE", 404, "iso3", "SWE")] // only in the superseded 2020 edition
    [InlineData("/api/countries/XYZ", 404, "iso3", "XYZ")]
    [InlineData("/api/countries/FI1", 400, "iso3", "FI1")]
    [InlineData("/api/countries/FINL", 400, "iso3", "FINL")]
    [InlineData("/api/rankings/2018", 404, "year", "2018")]
    [InlineData("/api/rankings/20x9", 400, "year", "20x9")]
    [InlineData("/api/rankings/-2019", 400, "year", "-2019")]
    [InlineData("/api/rankings/02019", 400, "year", "02019")]
    public async Task Errors_BadOrUnknownValue_ProblemNamingTheField(string path, int status, string field, string found)
    {
        var (response, json) = await GetAsync(path);

        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        json.GetProperty("status").GetInt32().ShouldBe(status);
        json.GetProperty("field").GetString().ShouldBe(field);
        json.GetProperty("found").GetString().ShouldBe(found);
        json.GetProperty("expected").GetString().ShouldNotBeNullOrWhiteSpace();
        json.GetProperty("detail").GetString()!.ShouldContain(found.ToUpperInvariant());
    }

    [Fact]
    public async Task Errors_YearWithoutEdition_ListsTheYearsThatHaveOne()
    {
        var (_, json) = await GetAsync("/api/rankings/2018");

        json.GetProperty("detail").GetString().ShouldBe("No edition is published for 2018. Years with an edition: 2019, 2020.");
    }

    [Fact]
    public async Task Errors_UnknownRoute_ProblemDetails()
    {
        var response = await fixture.Client.GetAsync(new Uri("/api/nothing", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("/api/editions")]
    [InlineData("/api/rankings/2019")]
    [InlineData("/api/countries/FIN")]
    public async Task ETag_IfNoneMatchSameTag_NotModifiedWithoutBody(string path)
    {
        var first = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
        var tag = first.Headers.ETag.ShouldNotBeNull();
        tag.IsWeak.ShouldBeFalse();
        tag.Tag.Length.ShouldBe(66); // "…64 hex…"

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(tag);
        var second = await fixture.Client.SendAsync(again);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        second.Headers.ETag.ShouldBe(tag);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ETag_OtherTagOrOtherBody_FullAnswerWithDifferentTag()
    {
        var a = await fixture.Client.GetAsync(new Uri("/api/rankings/2019", UriKind.Relative));
        var b = await fixture.Client.GetAsync(new Uri("/api/rankings/2020", UriKind.Relative));
        a.Headers.ETag!.Tag.ShouldNotBe(b.Headers.ETag!.Tag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/rankings/2019");
        request.Headers.IfNoneMatch.Add(b.Headers.ETag);
        var response = await fixture.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag.ShouldBe(a.Headers.ETag);
    }

    [Fact]
    public async Task ETag_SameBodyTwice_SameTag()
    {
        var a = await fixture.Client.GetAsync(new Uri("/api/countries/NOR", UriKind.Relative));
        var b = await fixture.Client.GetAsync(new Uri("/api/countries/nor", UriKind.Relative));

        b.Headers.ETag.ShouldBe(a.Headers.ETag);
    }

    [Fact]
    public void Matches_WeakClientTagOrStar_Matches()
    {
        ApiJson.Matches(new("W/\"abc\""), "\"abc\"").ShouldBeTrue();
        ApiJson.Matches(new("\"x\", \"abc\""), "\"abc\"").ShouldBeTrue();
        ApiJson.Matches(new("*"), "\"abc\"").ShouldBeTrue();
        ApiJson.Matches(new("\"abd\""), "\"abc\"").ShouldBeFalse();
        ApiJson.Matches(default, "\"abc\"").ShouldBeFalse();
    }
}
