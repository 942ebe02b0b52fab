using System.Text.Json;
using Gpsi.Data.Output;
using Shouldly;
using Xunit;

namespace Gpsi.Data.Tests.Output;

public sealed class RankingsJsonTests
{
    private static JsonElement Root()
    {
        var text = IndexRunFilesTests.Text(IndexRunFiles.Render(SampleRun.Create()), "rankings.json");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    [Fact]
    public void RankingsJson_SampleRun_TopLevelKeysInOrder() =>
        Root().EnumerateObject().Select(p => p.Name).ShouldBe(
            ["recipe_hash", "snapshot_id", "recipe", "recipe_version", "root", "years", "nodes", "editions"]);

    [Fact]
    public void RankingsJson_SampleRun_HashesYearsAndNodes()
    {
        var root = Root();
        root.GetProperty("recipe_hash").GetString().ShouldBe(SampleRun.RecipeHash);
        root.GetProperty("snapshot_id").GetString().ShouldBe(SampleRun.SnapshotId);
        root.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ShouldBe([2019, 2020]);
        var homicide = root.GetProperty("nodes")[3];
        homicide.GetProperty("code").GetString().ShouldBe("homicide");
        homicide.GetProperty("direction").GetInt32().ShouldBe(-1);
        homicide.GetProperty("parent").GetString().ShouldBe("safety");
    }

    [Fact]
    public void RankingsJson_Edition2020_RankedCountriesInOrderThenTheExcludedOneWithItsReason()
    {
        var edition = Root().GetProperty("editions")[1];
        edition.GetProperty("year").GetInt32().ShouldBe(2020);
        edition.GetProperty("coverage").GetProperty("population_share").GetDouble().ShouldBe(0.6);
        var countries = edition.GetProperty("countries");
        countries.EnumerateArray().Select(c => c.GetProperty("iso3").GetString()).ShouldBe(["NOR", "KOR", "AFG"]);
        var kor = countries[1];
        kor.GetProperty("name").GetString().ShouldBe("Korea, Rep.");
        kor.GetProperty("scores").GetProperty("index").GetProperty("score").GetDouble().ShouldBe(63.5);
        kor.GetProperty("scores").GetProperty("conflict").GetProperty("rank").GetInt32().ShouldBe(2);
        kor.GetProperty("band").GetString().ShouldBe("medium");
        kor.GetProperty("income_group").GetProperty("mean").GetDouble().ShouldBe(72.75);
        kor.GetProperty("region").GetProperty("name").GetString().ShouldBe("East Asia & Pacific");
        var afg = countries[2];
        afg.GetProperty("ranked").GetBoolean().ShouldBeFalse();
        afg.GetProperty("scores").EnumerateObject().ShouldBeEmpty();
        afg.GetProperty("band").ValueKind.ShouldBe(JsonValueKind.Null);
        afg.GetProperty("excluded_because").GetString()!.ShouldStartWith("1 of 2 indicators available");
    }
}
