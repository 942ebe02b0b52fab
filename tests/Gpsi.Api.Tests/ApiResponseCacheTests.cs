using System.Net;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api.Tests;

[Collection(ServedGpsi.Name)]
public sealed class ApiResponseCacheTests(ApiFixture fixture)
{
    private ApiResponseCache Cache => ApiResponseCache.For(fixture.Holder.Index);

    [Fact]
    public async Task Get_Repeated_SecondAnswerIsTheKeptBytesAndTag()
    {
        using var first = await fixture.Client.GetAsync(new Uri("/api/rankings/2018", UriKind.Relative));
        var kept = Cache.Find("/api/rankings/2018");
        using var second = await fixture.Client.GetAsync(new Uri("/api/rankings/2018", UriKind.Relative));

        kept.ShouldNotBeNull();
        (await first.Content.ReadAsByteArrayAsync()).ShouldBe(kept.Body);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBe(kept.Body);
        first.Headers.ETag!.Tag.ShouldBe(kept.Tag);
        second.Headers.ETag!.Tag.ShouldBe(kept.Tag);
    }

    [Fact]
    public async Task Get_KeptAnswer_ServedWithoutRunningTheHandler()
    {
        // A planted answer proves the lookup comes first: the handler would have made the real rankings.
        var planted = ApiJson.Serialise(new { planted = true });
        Cache.Keep("/api/rankings/2012?zz=planted", planted);

        using var response = await fixture.Client.GetAsync(new Uri("/api/rankings/2012?zz=planted", UriKind.Relative));

        (await response.Content.ReadAsStringAsync()).ShouldBe("{\"planted\":true}");
        response.Headers.ETag!.Tag.ShouldBe(planted.Tag);
    }

    [Fact]
    public async Task Get_Problem_NotKept()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/rankings/1999", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Cache.Find("/api/rankings/1999").ShouldBeNull();
    }

    [Fact]
    public async Task Get_IfNoneMatchOnAKeptAnswer_NotModified()
    {
        using var first = await fixture.Client.GetAsync(new Uri("/api/rankings/2016", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/rankings/2016", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await fixture.Client.SendAsync(request);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("?year=2020&node=safety", "?node=safety&year=2020")]
    [InlineData("?Year=2020", "?year=2020")]
    [InlineData("", "")]
    public void Key_SameParametersInAnyOrderOrCase_SameKey(string one, string other)
    {
        Key("/api/framework", one).ShouldBe(Key("/api/framework", other));
    }

    [Fact]
    public void Key_DifferentValueOrPath_DifferentKey()
    {
        Key("/api/framework", "?year=2020").ShouldNotBe(Key("/api/framework", "?year=2019"));
        Key("/api/framework", "?year=2020").ShouldNotBe(Key("/api/methodology", "?year=2020"));
        Key("/api/framework", "?year=2020").ShouldBe("/api/framework?year=2020");
    }

    [Fact]
    public void Keep_PastCapacity_StartsOverAndStaysBounded()
    {
        var cache = new ApiResponseCache();
        var answer = ApiJson.Serialise(1);
        for (var i = 0; i < ApiResponseCache.Capacity; i++)
        {
            cache.Keep("k" + i, answer);
        }

        cache.Count.ShouldBe(ApiResponseCache.Capacity);
        cache.Keep("one more", answer);

        cache.Count.ShouldBe(1);
        cache.Find("one more").ShouldBeSameAs(answer);
        cache.Find("k0").ShouldBeNull();
    }

    private static string Key(string path, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        return ApiResponseCache.Key(context.Request);
    }
}
