using Gpsi.Core.Diagnostics;
using Gpsi.Data.Loading;
using Gpsi.Data.Sources;
using Shouldly;
using Xunit;
using static Gpsi.Data.Tests.Loading.LoaderFixture;

namespace Gpsi.Data.Tests.Loading;

public sealed class DataLoaderTests
{
    [Fact]
    public void Load_ValidRows_KeepsThemWithProvenance()
    {
        using var folder = new TempFolder();
        var source = Source("unodc", Series());
        var (loader, dir) = Create(folder, [source], new()
        {
            ["unodc"] = [Row("FRA", "France", 2019, 1.2, 2), Row(null, "Chad", 2019, 9.1, 3)],
        });

        var load = loader.Load(dir, [source], LoadMode.Strict);

        load.HasErrors.ShouldBeFalse();
        load.Observations.Select(o => (o.Country.Value, o.Year, o.Value)).ShouldBe([("FRA", 2019, 1.2), ("TCD", 2019, 9.1)]);
        var p = load.Observations[1].Provenance;
        (p.SourceId, p.File, p.Line, p.Vintage, p.Unit).ShouldBe(("unodc", "unodc.csv", 3, "2024", "per 100k"));
        load.Sources.Single().ShouldBe(new SourceLoadSummary("unodc", "unodc.csv", 2, 2, 0, 0));
        load.SnapshotId.ShouldStartWith("sha256:");
    }

    [Fact]
    public void Load_NegativeRate_StrictRejectsEverythingLenientKeepsTheRest()
    {
        using var folder = new TempFolder();
        var source = Source("unodc", Series());
        var rows = new Dictionary<string, List<Gpsi.Data.Sources.SourceRecord>>
        {
            ["unodc"] = [Row("FRA", "France", 2019, 1.2, 2), Row("TCD", "Chad", 2019, -3, 7)],
        };
        var (loader, dir) = Create(folder, [source], rows);

        var strict = loader.Load(dir, [source], LoadMode.Strict);
        var lenient = loader.Load(dir, [source], LoadMode.Lenient);

        strict.Rejected.ShouldBeTrue();
        strict.Observations.ShouldBeEmpty();
        var negative = strict.Diagnostics.Single(d => d.Code == "data.negative");
        (negative.Location!.Line, negative.Location.Column, negative.Found).ShouldBe((7, 4, "-3"));
        negative.Location.File.ShouldBe(Path.Combine(dir, "unodc.csv"));
        strict.Diagnostics.ShouldContain(d => d.Code == "load.rejected");
        lenient.Rejected.ShouldBeFalse();
        lenient.Observations.Single().Country.Value.ShouldBe("FRA");
        lenient.Sources.Single().Rejected.ShouldBe(1);
    }

    [Fact]
    public void Load_ImpossibleMagnitude_NamesTheRange()
    {
        using var folder = new TempFolder();
        var source = Source("unodc", Series());
        var (loader, dir) = Create(folder, [source], new() { ["unodc"] = [Row("FRA", "France", 2019, 5000, 9)] });

        var d = loader.Load(dir, [source], LoadMode.Strict).Diagnostics.Single(x => x.Code == "data.impossible-magnitude");

        d.Expected.ShouldBe("a value in [0, 200] per 100k");
        d.Found.ShouldBe("5000");
    }

    [Fact]
    public void Load_ZeroToOneScoreGivenAsPercent_IsAUnitMismatch()
    {
        using var folder = new TempFolder();
        var source = Source("gci", Series("gci", ValueKind.Score, 0, 1, "0-1"));
        var (loader, dir) = Create(folder, [source], new() { ["gci"] = [Row("FRA", "France", 2018, 81.9, 3, "gci")] });

        var d = loader.Load(dir, [source], LoadMode.Strict).Diagnostics.Single(x => x.Severity == Severity.Error
            && x.Code != "load.rejected");

        d.Code.ShouldBe("data.unit-mismatch");
        d.Message.ShouldContain("0–100");
    }

    [Fact]
    public void Load_RowStatingAnotherUnit_IsAUnitMismatch()
    {
        using var folder = new TempFolder();
        var source = Source("sdmx", Series());
        var (loader, dir) = Create(folder, [source], new()
        {
            ["sdmx"] = [Row("FRA", "France", 2019, 1.2, 2, unit: "Per 100K"), Row("TCD", "Chad", 2019, 1.2, 3, unit: "per million")],
        });

        var errors = loader.Load(dir, [source], LoadMode.Lenient).Diagnostics.Where(x => x.Code == "data.unit-mismatch").ToList();

        errors.Single().Found.ShouldBe("per million");
        errors.Single().Location!.Line.ShouldBe(3);
    }

    [Fact]
    public void Load_ValuesFarBelowACatalogueRange_WarnsOfAnotherUnit()
    {
        using var folder = new TempFolder();
        var source = Source("gci", Series("gci", ValueKind.Score, 0, 100, "0-100"));
        var rows = Enumerable.Range(2000, 12).Select(y => Row("FRA", "France", y, 0.5 + (y - 2000) / 100.0, y - 1998, "gci")).ToList();
        var (loader, dir) = Create(folder, [source], new() { ["gci"] = rows });

        var load = loader.Load(dir, [source], LoadMode.Strict);

        load.HasErrors.ShouldBeFalse();
        load.Diagnostics.Single().Code.ShouldBe("data.unit-suspect");
    }

    [Fact]
    public void Load_Duplicates_SameValueWarnsConflictRejectsBoth()
    {
        using var folder = new TempFolder();
        var source = Source("unodc", Series());
        var (loader, dir) = Create(folder, [source], new()
        {
            ["unodc"] =
            [
                Row("FRA", "France", 2019, 1.2, 2), Row("FRA", "France", 2019, 1.2, 3),
                Row("TCD", "Chad", 2019, 9.1, 4), Row(null, "Chad", 2019, 9.3, 5),
            ],
        });

        var load = loader.Load(dir, [source], LoadMode.Lenient);

        load.Observations.Select(o => o.Country.Value).ShouldBe(["FRA"]);
        load.Diagnostics.Single(d => d.Code == "data.duplicate").Location!.Line.ShouldBe(3);
        var conflict = load.Diagnostics.Single(d => d.Code == "data.duplicate-conflict");
        conflict.Location!.Line.ShouldBe(5);
        conflict.Message.ShouldContain("line 4");
        load.Sources.Single().Rejected.ShouldBe(2);
    }

    [Fact]
    public void Load_UnknownCountry_OneErrorPerEntityWithRowCount()
    {
        using var folder = new TempFolder();
        var source = Source("unodc", Series());
        var (loader, dir) = Create(folder, [source], new()
        {
            ["unodc"] = [Row(null, "Atlantis", 2018, 1, 6), Row(null, "Atlantis", 2019, 1, 7), Row("FRA", "France", 2019, 1, 8)],
        });

        var load = loader.Load(dir, [source], LoadMode.Lenient);

        var unknown = load.Diagnostics.Single(d => d.Code == "data.unknown-country");
        (unknown.Found, unknown.Location!.Line).ShouldBe(("Atlantis", 6));
        unknown.Message.ShouldContain("2 row(s)");
        load.Observations.Count.ShouldBe(1);
    }

    [Fact]
    public void Load_AggregatesAndHistoricalStates_AreExcludedNotMatched()
    {
        using var folder = new TempFolder();
        var source = Source("owid", Series());
        var (loader, dir) = Create(folder, [source], new()
        {
            ["owid"] = [Row(null, "World", 2019, 6.1, 2), Row(null, "USSR", 1989, 7, 3), Row("FRA", "France", 2019, 1, 4)],
        });

        var load = loader.Load(dir, [source], LoadMode.Strict);

        load.HasErrors.ShouldBeFalse();
        load.Observations.Count.ShouldBe(1);
        load.Diagnostics.Where(d => d.Code == "data.excluded-entity").Select(d => d.Message[..12])
            .ShouldBe(["'World' is a", "'USSR' is a "]);
        load.Sources.Single().Excluded.ShouldBe(2);
    }

    [Fact]
    public void Load_MissingFileAndUnknownFormat_AreErrorsNamingThem()
    {
        using var folder = new TempFolder();
        var present = Source("unodc", Series());
        var missing = Source("gone", Series("gone"));
        var (loader, dir) = Create(folder, [present], new() { ["unodc"] = [Row("FRA", "France", 2019, 1, 2)] });
        var unknownFormat = present with { Id = "odd", Format = "xls-magic" };

        var load = loader.Load(dir, [missing, unknownFormat], LoadMode.Lenient);

        load.Diagnostics.Single(d => d.Code == "data.missing-file").Location!.File.ShouldBe(Path.Combine(dir, "gone.csv"));
        load.Diagnostics.Single(d => d.Code == "catalogue.no-reader").Found.ShouldBe("xls-magic");
    }

    [Fact]
    public void Load_SameDataTwice_SameSnapshotIdAndOrder()
    {
        using var folder = new TempFolder();
        var a = Source("a", Series("x"));
        var b = Source("b", Series("y"));
        var rows = new Dictionary<string, List<Gpsi.Data.Sources.SourceRecord>>
        {
            ["a"] = [Row("TCD", null, 2019, 1, 2, "x"), Row("FRA", null, 2019, 2, 3, "x")],
            ["b"] = [Row("FRA", null, 2018, 3, 2, "y")],
        };
        var (loader, dir) = Create(folder, [a, b], rows);

        var first = loader.Load(dir, [a, b], LoadMode.Strict);
        var second = loader.Load(dir, [b, a], LoadMode.Strict);

        second.SnapshotId.ShouldBe(first.SnapshotId);
        first.Observations.Select(o => $"{o.Indicator}:{o.Country}").ShouldBe(["x:FRA", "x:TCD", "y:FRA"]);
        rows["b"][0] = Row("FRA", null, 2018, 3.0000000000000004, 2, "y");
        loader.Load(dir, [a, b], LoadMode.Strict).SnapshotId.ShouldNotBe(first.SnapshotId);
    }
}
