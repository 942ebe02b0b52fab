using Gpsi.Data.Store;
using Shouldly;
using Xunit;

namespace Gpsi.Cli.Tests.Commands;

public sealed class DataCommandsTests
{
    [Fact]
    public void Check_SharedData_PassesStrictWithCoverage()
    {
        var run = CliRun.Of("data", "check");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Mode:        strict");
        run.Out.ShouldContain("0 error(s)");
        // homicide_rate: countries with a value in 2015, counted independently from homicide_rate_countries.csv.
        var expected2015 = File.ReadLines(Path.Combine(CliRun.DataRoot, "homicide", "homicide_rate_countries.csv"))
            .Skip(1).Count(l => l.Split(',')[2] == "2015");
        var row = run.Out.Split('\n').Single(l => l.StartsWith("homicide_rate ", StringComparison.Ordinal));
        row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[9].ShouldBe(expected2015.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Check_BrokenFolder_ExitsOneNamingFileLineAndColumn()
    {
        using var folder = new TempFolder();
        var dir = DataFolders.Broken(folder);

        var run = CliRun.Of("data", "check", dir, "--registry", CliRun.DataRoot);

        run.ExitCode.ShouldBe(1);
        var file = Path.Combine(dir, "homicide.csv");
        run.Error.ShouldContain($"{file}:3:4");
        run.Error.ShouldContain("found 'n/a'");
        run.Error.ShouldContain($"{file}:4:4 (homicide_rate TCD 2019): error data.negative");
        run.Error.ShouldContain($"{file}:5 (entity): error data.unknown-country");
        run.Error.ShouldContain("'Atlantis'");
    }

    [Fact]
    public void Check_Out_WritesTheReportFiles()
    {
        using var folder = new TempFolder();
        var dir = DataFolders.Valid(folder);

        var run = CliRun.Of("data", "check", dir, "--registry", CliRun.DataRoot, "--out", folder["report"]);

        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadAllText(Path.Combine(folder["report"], "coverage.csv"))
            .ShouldBe("indicator,source,unit,year,countries\nhomicide_rate,test-homicide,per 100k,2018,1\nhomicide_rate,test-homicide,per 100k,2019,3\n");
        File.ReadAllText(Path.Combine(folder["report"], "sources.csv"))
            .ShouldBe("source,file,records,accepted,rejected,excluded\ntest-homicide,homicide.csv,5,4,0,1\n");
        File.ReadAllText(Path.Combine(folder["report"], "diagnostics.txt")).ShouldContain("data.excluded-entity");
    }

    [Fact]
    public async Task Load_StrictWithErrors_WritesNoStore()
    {
        using var folder = new TempFolder();
        var dir = DataFolders.Broken(folder);

        var run = CliRun.Of("data", "load", dir, "--registry", CliRun.DataRoot, "--store", folder["gpsi.db"]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("nothing was written");
        File.Exists(folder["gpsi.db"]).ShouldBeFalse();
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Load_Lenient_StoresTheValidRowsWithProvenance()
    {
        using var folder = new TempFolder();
        var dir = DataFolders.Broken(folder);

        var run = CliRun.Of("data", "load", dir, "--registry", CliRun.DataRoot, "--store", folder["gpsi.db"], "--lenient");

        run.ExitCode.ShouldBe(0, run.Error);
        await using var store = await GpsiStore.OpenAsync(folder["gpsi.db"], TimeProvider.System, default);
        var current = (await store.CurrentSnapshotAsync(default)).ShouldNotBeNull();
        var rows = await store.ReadObservationsAsync(current.Id, ObservationQuery.All, default);
        rows.Select(o => (Country: o.Country.Value, o.Year, o.Value)).OrderBy(r => r.Value).ShouldBe([("FRA", 2018, 1.2), ("PER", 2019, 7.5)]);
        var peru = rows.Single(o => o.Country.Value == "PER").Provenance;
        (peru.SourceId, peru.File, peru.Line, peru.Vintage, peru.Unit).ShouldBe(("test-homicide", "homicide.csv", 6, "2024", "per 100k"));
        (await store.ListSourcesAsync(default)).Single().Publisher.ShouldBe("UNODC (test)");
    }

    [Fact]
    public void Load_UnreachablePostgres_ExitsOneWithoutAStackTrace()
    {
        using var folder = new TempFolder();
        var dir = DataFolders.Valid(folder);

        var run = CliRun.Of("data", "load", dir, "--registry", CliRun.DataRoot,
            "--store", "Host=127.0.0.1;Port=1;Username=nobody;Password=secret;Database=none;Timeout=2");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("cannot open the store");
        run.Error.ShouldNotContain("secret");
        run.Error.ShouldNotContain("   at ");
    }
}
