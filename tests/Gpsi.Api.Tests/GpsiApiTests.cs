using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Gpsi.Api.Tests;

[Collection(ServedGpsi.Name)]
public sealed class GpsiApiTests(ApiFixture fixture)
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string path)
    {
        var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response, document.RootElement.Clone());
    }

    [Fact]
    public async Task Editions_ElevenYearsAndACorrection_ListsEachWithCurrentFlag()
    {
        var (response, json) = await GetAsync("/api/editions");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var ids = json.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        ids.ShouldBe([.. Enumerable.Range(2010, 11).Select(y => y.ToString(CultureInfo.InvariantCulture)), "2020-r2"]);
        var current = json.EnumerateArray().Select(e => e.GetProperty("current").GetBoolean()).ToList();
        current.ShouldBe([.. Enumerable.Repeat(true, 10), false, true]);
        var last = json[11];
        last.GetProperty("year").GetInt32().ShouldBe(2020);
        last.GetProperty("recipeHash").GetString().ShouldBe(fixture.Run.RecipeHash);
        last.GetProperty("snapshotId").GetString().ShouldBe(fixture.Run.SnapshotId);
        last.GetProperty("publishedAt").GetDateTimeOffset().ShouldBe(ApiFixture.PublishedAt.AddDays(1));
    }

    [Fact]
    public async Task Rankings_Year2019_RootRowsOfTheBuildWithIntervals()
    {
        var (response, json) = await GetAsync("/api/rankings/2019");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.GetProperty("year").GetInt32().ShouldBe(2019);
        json.GetProperty("edition").GetString().ShouldBe("2019");
        json.GetProperty("node").GetProperty("code").GetString().ShouldBe("index");
        var expected = fixture.Run.Scores.Where(r => r.Year == 2019 && r.Node == "index").ToList();
        var countries = json.GetProperty("countries").EnumerateArray().ToList();
        countries.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            countries[i].GetProperty("iso3").GetString().ShouldBe(expected[i].Iso3);
            countries[i].GetProperty("score").GetDouble().ShouldBe(expected[i].Score!.Value);
            countries[i].GetProperty("rank").GetInt32().ShouldBe(expected[i].Rank!.Value);
            countries[i].GetProperty("band").GetString().ShouldBe(expected[i].Band);
            countries[i].GetProperty("interval").GetProperty("low").GetDouble().ShouldBe(expected[i].Interval!.Low);
            countries[i].GetProperty("interval").GetProperty("high").GetDouble().ShouldBe(expected[i].Interval!.High);
        }

        countries[0].GetProperty("iso3").GetString().ShouldBe("SGP");
    }

    [Fact]
    public async Task Rankings_CorrectedYear_ServesTheCorrection()
    {
        var (_, json) = await GetAsync("/api/rankings/2020");

        json.GetProperty("edition").GetString().ShouldBe("2020-r2");
        json.GetProperty("countries")[0].GetProperty("iso3").GetString().ShouldBe("SGP");
    }

    [Theory]
    [InlineData("/api/countries/XYZ", 404, "iso3", "XYZ")]
    [InlineData("/api/countries/FI1", 400, "iso3", "FI1")]
    [InlineData("/api/countries/FINL", 400, "iso3", "FINL")]
    [InlineData("/api/rankings/2021", 404, "year", "2021")]
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
        var (_, json) = await GetAsync("/api/rankings/2009");

        json.GetProperty("detail").GetString().ShouldBe("No edition is published for 2009. Years with an edition: " +
            "2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020.");
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
    [InlineData("/api/countries/FIN?year=2015")]
    [InlineData("/api/rankings/2020?region=South%20Asia&node=cyber")]
    [InlineData("/api/framework")]
    [InlineData("/api/indicators/homicide?country=NOR")]
    [InlineData("/api/methodology?year=2012")]
    [InlineData("/api/downloads")]
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

    [Theory]
    [InlineData("br", "br", "-br")]
    [InlineData("gzip, deflate", "gzip", "-gz")]
    [InlineData("gzip;q=0.5, br", "br", "-br")]
    [InlineData("br;q=0, gzip", "gzip", "-gz")]
    public async Task Compression_Accepted_CompressedBodyEqualsIdentityWithItsOwnTag(string accept, string coding,
        string suffix)
    {
        var identity = await fixture.Client.GetAsync(new Uri("/api/rankings/2020", UriKind.Relative));
        var raw = await identity.Content.ReadAsByteArrayAsync();
        identity.Content.Headers.ContentEncoding.ShouldBeEmpty();
        identity.Headers.Vary.ShouldContain("Accept-Encoding");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/rankings/2020");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
        var compressed = await fixture.Client.SendAsync(request);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();

        compressed.Content.Headers.ContentEncoding.ShouldBe([coding]);
        bytes.Length.ShouldBeLessThan(raw.Length / 3);
        using var input = new MemoryStream(bytes);
        using Stream decoder = coding == "br"
            ? new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        await decoder.CopyToAsync(output);
        output.ToArray().ShouldBe(raw);
        compressed.Headers.ETag!.Tag.ShouldBe(identity.Headers.ETag!.Tag[..^1] + suffix + "\"");

        // Either representation's tag revalidates the other: they stand for the same data.
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/rankings/2020");
        again.Headers.IfNoneMatch.Add(compressed.Headers.ETag);
        (await fixture.Client.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
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
