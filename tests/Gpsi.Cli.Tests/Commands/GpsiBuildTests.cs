using System.Text.Json;
using Gpsi.Data.Store;

namespace Gpsi.Cli.Tests.Commands;

/// <summary>
/// The main job end to end: <c>gpsi build</c> with the default recipe over the real shared data, into a temporary
/// output folder and SQLite store. One build is shared by the facts that only read it.
/// </summary>
public sealed class GpsiBuildTests : IClassFixture<GpsiBuildTests.Built>
{
    private readonly Built _built;

    public GpsiBuildTests(Built built) => _built = built;

    [Fact]
    public void Build_Default_WritesTheOutputFolderAndSummary()
    {
        _built.First.ExitCode.ShouldBe(0, _built.First.Error);
        foreach (var file in new[] { "rankings.csv", "rankings.json", "rankings.xlsx", "scores.csv", "bands.csv",
                     "coverage.csv", "completeness.csv", "values.csv", "imputed.csv", "excluded.csv", "manifest.json" })
        {
            File.Exists(Path.Combine(_built.Out, file)).ShouldBeTrue(file);
        }

        _built.First.Out.ShouldContain("coverage 2020: 193 of 195 countries ranked");
        _built.First.Out.ShouldContain("top 1 SGP 93.4 Very high (rank range 1)");
        _built.First.Out.ShouldContain("bottom 193 AFG 24.6 Very low (rank range 192–193)");
        _built.First.Out.ShouldContain("published 2010, 2011");
    }

    [Fact]
    public void Rankings_HaveOneRowPerCountryAndYear_WithEveryDimension()
    {
        var lines = File.ReadAllLines(Path.Combine(_built.Out, "rankings.csv"));
        var header = lines[0].Split(',');
        header[..5].ShouldBe(["iso3", "name", "year", "index", "index_rank"]);
        header.ShouldContain("order");
        header.ShouldContain("road_rank");
        lines.Skip(1).Count(l => l.Contains(",2020,", StringComparison.Ordinal)).ShouldBe(195);
    }

    [Fact]
    public void Build_Twice_GivesByteIdenticalOutputs_NamingRecipeAndSnapshot()
    {
        _built.Second.ExitCode.ShouldBe(0, _built.Second.Error);
        var first = Directory.GetFiles(_built.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var second = Directory.GetFiles(_built.Again).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        second.ShouldBe(first);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_built.Out, "manifest.json"))).RootElement;
        var recipe = manifest.GetProperty("recipe_hash").GetString()!;
        var snapshot = manifest.GetProperty("snapshot_id").GetString()!;
        recipe.ShouldStartWith("sha256:");
        foreach (var name in first)
        {
            var a = File.ReadAllBytes(Path.Combine(_built.Out, name!));
            File.ReadAllBytes(Path.Combine(_built.Again, name!)).ShouldBe(a, name);
            if (name!.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal))
            {
                var text = System.Text.Encoding.UTF8.GetString(a);
                text.ShouldContain(recipe, customMessage: name);
                text.ShouldContain(snapshot, customMessage: name);
            }
        }
    }

    [Fact]
    public async Task Build_PublishesElevenEditions_AndASecondRunChangesNothing()
    {
        _built.Second.Out.ShouldContain("2020 (unchanged)");
        var store = await GpsiStore.OpenAsync(_built.Store, TimeProvider.System);
        await using (store)
        {
            var editions = await store.ListEditionsAsync();
            editions.Select(e => e.Id).ShouldBe(["2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020"]);
            var e2020 = await store.CurrentEditionAsync(2020);
            e2020.ShouldNotBeNull();
            e2020.Rows.Where(r => r.Node == "index").Count().ShouldBe(193);
            var afg = e2020.Rows.Single(r => r.Node == "index" && r.Country.Value == "AFG");
            afg.Rank.ShouldBe(193);
        }
    }

    [Fact]
    public void Build_MissingDataFolder_FailsNamingIt_AndWritesNothing()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("build", "--data", temp["nowhere"], "--out", temp["out"], "--store", temp["gpsi.db"]);
        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("nowhere");
        Directory.Exists(temp["out"]).ShouldBeFalse();
    }

    [Fact]
    public void Build_UnknownSeries_NamesFileLineAndField_AndWritesNothing()
    {
        using var temp = new TempFolder();
        var recipe = File.ReadAllText(Gpsi.Data.RecipeDirectory.Find()!)
            .Replace("series: homicide_rate", "series: homicide_rat", StringComparison.Ordinal);
        File.WriteAllText(temp["bad.yaml"], recipe);
        var line = Array.FindIndex(recipe.Split('\n'), l => l.Contains("series: homicide_rat", StringComparison.Ordinal)) + 1;

        var run = CliRun.Of("build", "--recipe", temp["bad.yaml"], "--out", temp["out"], "--store", temp["gpsi.db"]);

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain($"bad.yaml:{line}:13 (indicators[0].series): error recipe.unknown-series");
        run.Error.ShouldContain("did you mean 'homicide_rate'?");
        Directory.Exists(temp["out"]).ShouldBeFalse();
        File.Exists(temp["gpsi.db"]).ShouldBeFalse();
    }

    /// <summary>Two builds of the main job into separate output folders and one store.</summary>
    public sealed class Built : IDisposable
    {
        private readonly TempFolder _temp = new();

        public Built()
        {
            Out = _temp["out"];
            Again = _temp["again"];
            Store = _temp["gpsi.db"];
            First = CliRun.Of("build", "--out", Out, "--store", Store);
            Second = CliRun.Of("build", "--out", Again, "--store", Store);
        }

        public string Out { get; }

        public string Again { get; }

        public string Store { get; }

        internal CliRun First { get; }

        internal CliRun Second { get; }

        public void Dispose() => _temp.Dispose();
    }
}
