using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Gpsi.Core.Recipes;
using Gpsi.Data.Output;
using Gpsi.Reports.Methodology;

namespace Gpsi.Api.Tests;

[Collection(ServedGpsi.Name)]
public sealed class MethodologyAndDownloadsTests(ApiFixture fixture)
{
    private IReadOnlyList<OutputFile> Files => field ??= IndexRunFiles.Render(fixture.Run);

    [Fact]
    public async Task Methodology_Latest_CanonicalRecipeAndTheGeneratedDocument()
    {
        var (response, json) = await fixture.JsonAsync("/api/methodology");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.GetProperty("year").GetInt32().ShouldBe(2020);
        json.GetProperty("edition").GetString().ShouldBe("2020-r2");
        json.GetProperty("recipeHash").GetString().ShouldBe(fixture.Run.RecipeHash);
        var recipe = JsonNode.Parse(json.GetProperty("recipe").GetRawText());
        JsonNode.DeepEquals(recipe, JsonNode.Parse(RecipeCanonicalForm.ToJson(fixture.Run.Recipe))).ShouldBeTrue();
        recipe!["name"]!.GetValue<string>().ShouldBe("gpsi-v1");
        var markdown = json.GetProperty("markdown").GetString()!;
        markdown.ShouldBe(MethodologyDocument.Markdown(fixture.Run.Recipe, fixture.Run.RecipeHash, null));
        markdown.ShouldContain(fixture.Run.RecipeHash);
        markdown.ShouldStartWith("# Global Public Security Index");
    }

    [Fact]
    public async Task Downloads_List_TheBuildOutputFilesWithSizesAndHashes()
    {
        var (response, json) = await fixture.JsonAsync("/api/downloads");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = json.EnumerateArray().ToList();
        list.Select(d => d.GetProperty("name").GetString()).ShouldBe(Files.Select(f => f.Name));
        list.Count.ShouldBe(13);
        for (var i = 0; i < list.Count; i++)
        {
            list[i].GetProperty("bytes").GetInt64().ShouldBe(Files[i].Content.LongLength);
            list[i].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Files[i].Content)));
            list[i].GetProperty("url").GetString().ShouldBe("/api/downloads/" + Files[i].Name);
        }

        list.Single(d => d.GetProperty("name").GetString() == "rankings.xlsx").GetProperty("mediaType").GetString()
            .ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        list[0].GetProperty("mediaType").GetString().ShouldBe("text/csv");
    }

    [Theory]
    [InlineData("rankings.csv", "text/csv")]
    [InlineData("values.csv", "text/csv")]
    [InlineData("rankings.json", "application/json")]
    [InlineData("rankings.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Download_File_TheBytesGpsiBuildWritesAsAnAttachment(string name, string mediaType)
    {
        var response = await fixture.Client.GetAsync(new Uri("/api/downloads/" + name, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.ShouldBe(Files.Single(f => f.Name == name).Content);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName.ShouldBe(name);
        response.Headers.ETag!.Tag.ShouldBe("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + "\"");
        response.Headers.ETag.IsWeak.ShouldBeFalse();

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/downloads/" + name);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        var second = await fixture.Client.SendAsync(again);
        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Download_RankingsCsv_NamesTheRecipeAndSnapshot()
    {
        var text = await fixture.Client.GetStringAsync(new Uri("/api/downloads/rankings.csv", UriKind.Relative));

        text.ShouldContain(fixture.Run.RecipeHash);
        text.ShouldContain(fixture.Run.SnapshotId);
    }

    [Fact]
    public async Task Download_UnknownFile_404ListingTheNames()
    {
        var (response, json) = await fixture.JsonAsync("/api/downloads/rankings.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        json.GetProperty("field").GetString().ShouldBe("file");
        json.GetProperty("found").GetString().ShouldBe("rankings.pdf");
        json.GetProperty("detail").GetString()!.ShouldContain("rankings.csv, ");
        json.GetProperty("detail").GetString()!.ShouldContain("manifest.json");
    }

    [Fact]
    public void Download_MediaTypes_ByExtension()
    {
        Views.DownloadSet.MediaType("a.CSV").ShouldBe("text/csv");
        Views.DownloadSet.MediaType("manifest.json").ShouldBe("application/json");
        Views.DownloadSet.MediaType("README").ShouldBe("application/octet-stream");
        _ = new MediaTypeHeaderValue("text/csv");
    }
}
