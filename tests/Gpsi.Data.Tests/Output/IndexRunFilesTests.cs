using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gpsi.Data.Output;
using Shouldly;
using Xunit;

namespace Gpsi.Data.Tests.Output;

public sealed class IndexRunFilesTests
{
    private const string Tail = "," + SampleRun.RecipeHash + "," + SampleRun.SnapshotId;

    private static readonly IReadOnlyList<OutputFile> Files = IndexRunFiles.Render(SampleRun.Create());

    internal static string Text(IReadOnlyList<OutputFile> files, string name) =>
        Encoding.UTF8.GetString(files.Single(f => f.Name == name).Content);

    /// <summary>The file's text with the two hash columns cut from every line.</summary>
    private static string Body(string name)
    {
        var text = Text(Files, name);
        var lines = text.Split('\n');
        lines[0].ShouldEndWith(",recipe_hash,snapshot_id");
        lines[^1].ShouldBeEmpty();
        foreach (var line in lines.Skip(1).SkipLast(1))
        {
            line.ShouldEndWith(Tail);
        }

        return text.Replace(",recipe_hash,snapshot_id\n", "\n", StringComparison.Ordinal)
            .Replace(Tail + "\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SampleRun_WritesTheFilesInAFixedOrderManifestLast() =>
        Files.Select(f => f.Name).ShouldBe(
        [
            "rankings.csv", "scores.csv", "bands.csv", "coverage.csv", "completeness.csv", "excluded.csv", "values.csv",
            "imputed.csv", "derivations.csv", "sources.csv", "rankings.json", "rankings.xlsx", "manifest.json",
        ]);

    [Fact]
    public void RankingsCsv_SampleRun_OneRowPerCountryAndYearUnrankedWithEmptyScores() =>
        Body("rankings.csv").ShouldBe(
            "iso3,name,year,index,index_rank,band,safety,safety_rank,conflict,conflict_rank,income_group," +
            "income_group_rank,region,region_rank\n" +
            "NOR,Norway,2019,80.5,1,high,90,1,71,1,High income,1,Europe & Central Asia,1\n" +
            "KOR,\"Korea, Rep.\",2019,60,2,medium,70,2,50,2,High income,2,East Asia & Pacific,1\n" +
            "AFG,Afghanistan,2019,10.125,3,low,20.25,3,0,3,Low income,1,South Asia,1\n" +
            "NOR,Norway,2020,82,1,high,92,1,72,1,High income,1,Europe & Central Asia,1\n" +
            "KOR,\"Korea, Rep.\",2020,63.5,2,medium,75,2,52,2,High income,2,East Asia & Pacific,1\n" +
            "AFG,Afghanistan,2020,,,,,,,,,,,\n");

    [Fact]
    public void ScoresCsv_SampleRun_EveryNodeAtEveryLevelWithPeers()
    {
        var lines = Body("scores.csv").Split('\n');
        lines[0].ShouldBe("year,iso3,node,level,score,rank,band,income_group,income_group_rank,income_group_size," +
            "income_group_mean,region,region_rank,region_size");
        lines.Length.ShouldBe(1 + 25 + 1); // header, 5 ranked country-years × 5 nodes, final line break
        lines[1].ShouldBe("2019,NOR,index,3,80.5,1,high,High income,1,2,70.25,Europe & Central Asia,1,1");
        lines[14].ShouldBe("2019,AFG,homicide,1,20.25,3,,Low income,1,1,10.125,South Asia,1,1");
    }

    [Fact]
    public void SmallTables_SampleRun_ExactText()
    {
        Body("bands.csv").ShouldBe("year,iso3,band,index\n2019,NOR,high,80.5\n2019,KOR,medium,60\n" +
            "2019,AFG,low,10.125\n2020,NOR,high,82\n2020,KOR,medium,63.5\n");
        Body("coverage.csv").ShouldBe(
            "year,considered,ranked,population_share,area_share,ranked_population,world_population\n" +
            "2019,3,3,1,1,100000000,100000000\n2020,3,2,0.6,0.4,60000000,100000000\n");
        Body("excluded.csv").ShouldBe("year,iso3,name,reason\n2020,AFG,Afghanistan,1 of 2 indicators available; " +
            "the rule needs one in every dimension (missing: conflict)\n");
        Body("derivations.csv").ShouldBe("series,year,component,available,countries,note\n" +
            "ucdp.battle_deaths_rate,2020,population,true,3,\"per 100,000 people\"\n");
        Body("sources.csv").ShouldBe("id,title,publisher,url,licence,vintage,file,series\n" +
            "ucdp-brd,UCDP Battle-Related Deaths,Uppsala University,https://ucdp.uu.se,CC BY 4.0,23.1," +
            "conflict/brd.csv,ucdp.battle_deaths\n");
        var completeness = Body("completeness.csv").Split('\n');
        completeness[0].ShouldBe("year,iso3,name,indicators,observed,carried_forward,back_cast,imputed,missing,share,ranked");
        completeness[4].ShouldBe("2020,AFG,Afghanistan,2,0,1,0,0,1,0.5,false");
    }

    [Fact]
    public void ValuesCsv_SampleRun_EveryValueWithProvenanceFlattenedPositionally()
    {
        var lines = Body("values.csv").Split('\n');
        lines[0].ShouldBe("year,iso3,indicator,value,normalised,data_year,status,imputation,sources,files,lines," +
            "vintages,transformations,flags");
        lines.Length.ShouldBe(1 + 12 + 1);
        lines[2].ShouldBe("2019,AFG,battle_deaths,45.25,0,2019,observed,,ucdp-brd;wb-population," +
            "conflict/brd.csv;population/pop.csv,;7,23.1;2024-01,;,;");
        lines[8].ShouldBe("2020,AFG,battle_deaths,,,,missing,,,,,,,");
    }

    [Fact]
    public void ImputedCsv_SampleRun_OnlyCarriedForwardBackCastAndImputedValues() =>
        Body("imputed.csv").ShouldBe(
            "year,iso3,indicator,value,normalised,data_year,status,imputation,sources,files,lines,vintages," +
            "transformations,flags\n" +
            "2019,AFG,homicide,6.5,20.25,2018,carried_forward,latest:5,unodc-homicide,crime/homicide.csv,12,2023," +
            "\"÷ population × 100,000 | carried forward from 2018\",carried_forward\n" +
            "2020,AFG,homicide,6.5,,2018,carried_forward,latest:5,unodc-homicide,crime/homicide.csv,12,2023," +
            "\"÷ population × 100,000 | carried forward from 2018\",carried_forward\n" +
            "2020,KOR,battle_deaths,0,52,2021,back_cast,back-cast,ucdp-brd;wb-population," +
            "conflict/brd.csv;population/pop.csv,;7,23.1;2024-01,;,;\n");

    [Fact]
    public void Render_Twice_ByteIdenticalFiles()
    {
        var again = IndexRunFiles.Render(SampleRun.Create());
        again.Count.ShouldBe(Files.Count);
        for (var i = 0; i < Files.Count; i++)
        {
            again[i].Name.ShouldBe(Files[i].Name);
            again[i].Content.ShouldBe(Files[i].Content, Files[i].Name);
        }
    }

    [Fact]
    public void Render_ChangedScore_ChangesRankingsAndManifestButNotValues()
    {
        var run = SampleRun.Create();
        var changed = IndexRunFiles.Render(run with
        {
            Scores = [.. run.Scores.Select(s => s is { Iso3: "NOR", Node: "index", Year: 2020 } ? s with { Score = 82.5 } : s)],
        });
        Text(changed, "rankings.csv").ShouldNotBe(Text(Files, "rankings.csv"));
        Text(changed, "manifest.json").ShouldNotBe(Text(Files, "manifest.json"));
        Text(changed, "values.csv").ShouldBe(Text(Files, "values.csv"));
    }

    [Fact]
    public void ScoresCsv_AnyFiniteScore_ReadsBackAsTheSameDouble()
    {
        var run = SampleRun.Create();
        Prop.ForAll(ArbMap.Default.ArbFor<NormalFloat>(), f =>
        {
            var value = f.Get;
            var files = IndexRunFiles.Render(run with
            {
                Scores = [.. run.Scores.Select(s => s is { Iso3: "NOR", Node: "index", Year: 2019 } ? s with { Score = value } : s)],
            });
            var field = Text(files, "scores.csv").Split('\n')[1].Split(',')[4];
            double.Parse(field, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(value);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Manifest_SampleRun_ListsEveryOtherFileWithItsSizeAndSha256()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(Text(Files, "manifest.json"));
        var root = manifest.RootElement;
        root.GetProperty("recipe_hash").GetString().ShouldBe(SampleRun.RecipeHash);
        root.GetProperty("snapshot_id").GetString().ShouldBe(SampleRun.SnapshotId);
        root.GetProperty("recipe").GetString().ShouldBe("gpsi-test");
        root.GetProperty("recipe_version").GetString().ShouldBe("1.0");
        root.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ShouldBe([2019, 2020]);
        var listed = root.GetProperty("files").EnumerateArray().ToList();
        listed.Select(f => f.GetProperty("name").GetString()).ShouldBe(Files.SkipLast(1).Select(f => f.Name));
        foreach (var entry in listed)
        {
            var file = Files.Single(f => f.Name == entry.GetProperty("name").GetString());
            entry.GetProperty("bytes").GetInt32().ShouldBe(file.Content.Length);
            entry.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(file.Content)));
        }
    }
}
