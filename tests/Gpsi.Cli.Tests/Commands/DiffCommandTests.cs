using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Gpsi.Data;

namespace Gpsi.Cli.Tests.Commands;

/// <summary><c>gpsi diff</c> over a store that <c>gpsi build</c> filled with the real GPSI editions.</summary>
public sealed class DiffCommandTests(DiffCommandTests.BuiltStore built) : IClassFixture<DiffCommandTests.BuiltStore>
{
    [Fact]
    public void Diff_SameRecipe_AllChangeIsData()
    {
        var csv = built.Folder["same.csv"];

        var run = CliRun.Of("diff", "2019", "2020", "--store", built.Store, "--out", csv, "--top", "5");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("2019 → 2020 on index: ");
        run.Out.ShouldContain("same recipe: every change is due to the data (the recipe part is 0)");
        var rows = Rows(csv);
        rows.Count.ShouldBeGreaterThanOrEqualTo(190);
        rows.ShouldAllBe(r => r["score_recipe"] == "0" && r["rank_recipe"] == "0" && r["score_data"] == r["score_change"]);
        run.Out.Split('\n').Count(l => l.Length > 4 && rows.Any(r => l.StartsWith(r["iso3"] + " ", StringComparison.Ordinal)))
            .ShouldBe(5);
    }

    [Fact]
    public void Diff_DraftRecipe_SplitsIntoDataAndRecipeParts()
    {
        var draft = built.Folder["draft.yaml"];
        var text = File.ReadAllText(RecipeDirectory.Find()!);
        const string deaths = "{ name: deaths, series: terrorism_deaths, weight: 3, absent: zero }";
        text.ShouldContain(deaths);
        File.WriteAllText(draft, text.Replace(deaths, deaths.Replace("weight: 3", "weight: 1", StringComparison.Ordinal), StringComparison.Ordinal));
        var csv = built.Folder["draft.csv"];

        var run = CliRun.Of("diff", "2019", "2020", "--store", built.Store, "--recipe", draft, "--out", csv);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("2019 → 2020 (draft recipe) on index");
        var rows = Rows(csv);
        rows.Count(r => Math.Abs(Number(r["score_recipe"])) > 1e-6).ShouldBeGreaterThan(10);
        foreach (var r in rows)
        {
            (Number(r["score_data"]) + Number(r["score_recipe"])).ShouldBe(Number(r["score_change"]), 1e-9);
            (Number(r["rank_data"]) + Number(r["rank_recipe"])).ShouldBe(Number(r["rank_change"]), 1e-9);
        }
    }

    [Fact]
    public void Diff_UnknownEdition_ExitsOneNamingIt()
    {
        var run = CliRun.Of("diff", "2019", "1999", "--store", built.Store);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("error diff.unknown-edition: No published edition '1999' in the store.");
    }

    [Fact]
    public void Diff_TopZero_IsAUsageError() =>
        CliRun.Of("diff", "2019", "2020", "--store", built.Store, "--top", "0").ExitCode.ShouldBe(2);

    [Fact]
    public void Diff_Help_MatchesSnapshot()
    {
        var run = CliRun.Of("diff", "--help");
        run.ExitCode.ShouldBe(0);
        var snapshot = System.IO.Path.Combine(AppContext.BaseDirectory, "Snapshots", "diff-help.txt");
        var help = run.Out.ReplaceLineEndings("\n").Replace("testhost diff", "gpsi diff", StringComparison.Ordinal);
        help.ShouldBe(File.ReadAllText(snapshot).ReplaceLineEndings("\n"));
    }

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = File.ReadAllLines(csv);
        var header = Fields(lines[0]);
        return [.. lines.Skip(1).Select(l => header.Zip(Fields(l)).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>Splits one CSV line, quoted fields (with "" inside) included.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>A temporary store with the GPSI editions 2010–2020, published by <c>gpsi build</c>.</summary>
    [SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
        Justification = "xUnit disposes a fixture through IAsyncLifetime.DisposeAsync, which deletes the folder.")]
    public sealed class BuiltStore : IAsyncLifetime
    {
        internal TempFolder Folder { get; } = new();

        internal string Store => Folder["gpsi.db"];

        public Task InitializeAsync()
        {
            var run = CliRun.Of("build", "--store", Store, "--out", Folder["out"]);
            run.ExitCode.ShouldBe(0, run.Error);
            return Task.CompletedTask;
        }

        public Task DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
