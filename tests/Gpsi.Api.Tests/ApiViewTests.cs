using System.Net;
using Gpsi.Api.Serving;
using Gpsi.Api.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Gpsi.Api.Tests;

[Collection(ServedGpsi.Name)]
public sealed class ApiViewTests(ApiFixture fixture)
{
    [Fact]
    public async Task Of_SameIndex_OneViewWhoseAnswersAreBuiltOnce()
    {
        var view = ApiView.Of(fixture.Holder);
        ApiView.Of(fixture.Holder).ShouldBeSameAs(view);
        view.Years.Keys.Order().ShouldBe(Enumerable.Range(2010, 11));
        view.Latest!.EditionId.ShouldBe("2020-r2");
        view.Years[2016].Regions.Length.ShouldBe(7);
        view.Years[2016].IncomeGroups.ShouldBe(["High income", "Upper middle income", "Lower middle income", "Low income"]);

        await fixture.JsonAsync("/api/rankings/2017?income=lmc");
        var body = view.Rankings[new RankingsKey(2017, "index", null, "Lower middle income", null)];
        await fixture.JsonAsync("/api/rankings/2017?income=Lower%20middle%20income");

        view.Rankings[new RankingsKey(2017, "index", null, "Lower middle income", null)].ShouldBeSameAs(body);
    }

    [Fact]
    public async Task Routes_NothingPublished_NotFoundOrEmpty()
    {
        using var holder = new ServedIndexHolder(fixture.Store, fixture.Registry, ServedIndex.Empty);
        await using var app = GpsiApi.Create(holder, [], builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();

        foreach (var path in new[] { "/api/framework", "/api/methodology", "/api/countries/FIN", "/api/rankings/2020",
                     "/api/indicators/homicide", "/api/downloads/rankings.csv" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", path);
        }

        (await client.GetStringAsync(new Uri("/api/downloads", UriKind.Relative))).ShouldBe("[]");
        (await client.GetStringAsync(new Uri("/api/editions", UriKind.Relative))).ShouldBe("[]");
        await app.StopAsync();
    }
}
