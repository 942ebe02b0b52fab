namespace Gpsi.Cli.Tests.Commands;

// GPSI numbers: measured with `gpsi audit` and recomputed independently from `gpsi build`'s values.csv by
// tests/Gpsi.Data.Tests/Output/audit_gpsi_check.py (0 mismatches).
public sealed class AuditCommandTests
{
    [Fact]
    public void Audit_Gpsi_DefaultsToLatestEdition_PrintsAlphaAndLeaveOneOut()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("audit", "--out", temp["o"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("audit of gpsi-v1 in 2020 (sha256:");
        run.Out.ShouldContain("correlations with the parent flagged: 0 of 14");
        run.Out.ShouldContain("  order (3 children): alpha 0.618, PC1 0.607 over 104 units");
        run.Out.ShouldContain("  cyber (2 children): alpha 0.874, PC1 0.918 over 167 units");
        run.Out.ShouldContain("  gci: mean 15.59, max 87 over 187 units; most moved ERI:+87 GNQ:+87 MDV:+87 DJI:+86 PRK:+83");
        run.Out.ShouldContain("distinct values): 4 of 10: homicide conflict_deaths terrorism_deaths ncsi\n");
        File.ReadAllText(Path.Combine(temp["o"], "summary.txt"))
            .ShouldContain("indicator conflict_deaths flagged in Screened: 55 non-zero values; skew 11.84, kurtosis 152.33; 56 distinct values\n");
        var loo = File.ReadAllLines(Path.Combine(temp["o"], "audit-leave-one-out.csv"));
        loo.Length.ShouldBe(11);
        loo.ShouldContain(l => l.StartsWith("2020,road_death_change,road,1,193,0,0,7.9585492227979273,51,", StringComparison.Ordinal));
        var shifts = File.ReadAllLines(Path.Combine(temp["o"], "audit-rank-shifts.csv"));
        shifts.Length.ShouldBe(1 + (195 * 10)); // every considered country, ranked or not
        var indicators = File.ReadAllLines(Path.Combine(temp["o"], "audit-indicators.csv"));
        indicators.ShouldContain(l => l.StartsWith("2020,homicide,193,146,", StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_AsemExample_FlagsNegativeAndWeakLinks()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("audit", "--example", "asem", "--out", temp["o"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("audit of asem in 2018");
        run.Out.ShouldContain("correlations with the parent flagged: 3 of 59");
        run.Out.ShouldContain("  TBTs ~ Instit: r = -0.586 (negative), with the index -0.633");
        run.Out.ShouldContain("  Forest ~ Environ: r = 0.030 (weak)");
        run.Out.ShouldContain("  SusEcFin (5 children): alpha -0.441, PC1 0.482 over 44 units");
        run.Out.ShouldContain("  Embs: mean 1.22, max 6 over 51 units");
        var correlations = File.ReadAllLines(Path.Combine(temp["o"], "audit-correlations.csv"));
        correlations.Count(l => l.Contains(",parent,", StringComparison.Ordinal)).ShouldBe(59);
        correlations.Count(l => l.Contains(",negative,sha256:", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Audit_YearOutsideTheData_IsAUsageError_NothingWritten()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("audit", "--example", "asem", "--year", "1990", "--out", temp["o"]);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--year: expected a year of the data (2018–2018), found 1990");
        Directory.Exists(temp["o"]).ShouldBeFalse();
    }

    [Fact]
    public void Audit_UnknownDataSet_IsAUsageError()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("audit", "--example", "asem", "--dataset", "Nope", "--out", temp["o"]);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--dataset: expected one of Raw, ");
    }

    [Fact]
    public void Audit_Help_MatchesSnapshot()
    {
        var run = CliRun.Of("audit", "--help");
        run.ExitCode.ShouldBe(0);
        var snapshot = Path.Combine(AppContext.BaseDirectory, "Snapshots", "audit-help.txt");
        var help = run.Out.ReplaceLineEndings("\n").Replace("testhost audit", "gpsi audit", StringComparison.Ordinal);
        help.ShouldBe(File.ReadAllText(snapshot).ReplaceLineEndings("\n"));
    }
}
