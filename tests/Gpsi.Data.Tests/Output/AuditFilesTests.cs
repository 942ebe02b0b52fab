using System.Text;
using Gpsi.Data.Output;

namespace Gpsi.Data.Tests.Output;

// Expected correlations and alphas: tests/Gpsi.Core.Tests/Audit/audit_reference.py. Leave-one-out by hand: only d
// moves ranks (Q follows d; without it Q = mean(c, e) reverses): ranks 1..6 become 5, 6, 4, 3, 1, 2.
public sealed class AuditFilesTests
{
    private const string Hash = "sha256:recipe";
    private const string Snapshot = "sha256:data";

    private static readonly Dictionary<string, string[]> Files = AuditFiles
        .Render(AuditSample.Audit, AuditSample.LeaveOneOut, "audit-test", Hash, Snapshot)
        .ToDictionary(f => f.Name, f => Encoding.UTF8.GetString(f.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Render_WritesFiveCsvsAndSummary_EveryRowEndingWithHashes()
    {
        Files.Keys.ShouldBe(["audit-indicators.csv", "audit-correlations.csv", "audit-dimensions.csv",
            "audit-leave-one-out.csv", "audit-rank-shifts.csv", "summary.txt"], ignoreOrder: false);
        foreach (var (name, lines) in Files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)))
        {
            lines[0].ShouldEndWith(",recipe_hash,snapshot_id", customMessage: name);
            lines.Skip(1).ShouldAllBe(l => l.EndsWith("," + Hash + "," + Snapshot, StringComparison.Ordinal), name);
        }
    }

    [Fact]
    public void Indicators_OneRowPerRawColumn_WithAvailability()
    {
        var lines = Files["audit-indicators.csv"];

        lines.Length.ShouldBe(6);
        lines[0].ShouldStartWith("year,indicator,units,available,availability,min,max,mean,median,sd,");
        lines[2].ShouldStartWith("2024,b,6,5,0.83333333333333337,1,6,3.2,3,1.9235384061671346,");
    }

    [Fact]
    public void Correlations_EveryPairOnce_RelationAndParentFlag()
    {
        var rows = Files["audit-correlations.csv"].Skip(1).Select(l => l.Split(',')).ToList();

        rows.Count.ShouldBe(8 * 7 / 2);
        var byPair = rows.ToDictionary(r => (r[1], r[3]));
        byPair[("a", "P")][5].ShouldBe("parent");
        byPair[("a", "P")][6].ShouldBe("0.9663511714000067");
        byPair[("a", "P")][9].ShouldBe("ok");
        byPair[("c", "Q")][9].ShouldBe("negative");
        byPair[("e", "Q")][9].ShouldBe("weak");
        byPair[("P", "Index")][9].ShouldBe("negative");
        byPair[("a", "Index")][5].ShouldBe("ancestor");
        byPair[("a", "Index")][9].ShouldBe(string.Empty);
        byPair[("a", "b")][5].ShouldBe("sibling");
        byPair[("a", "c")][5].ShouldBe("other");
        byPair[("b", "P")][8].ShouldBe("5");
    }

    [Fact]
    public void Dimensions_OneRowPerChild_WithAlphaAndFirstComponent()
    {
        var rows = Files["audit-dimensions.csv"].Skip(1).Select(l => l.Split(',')).ToList();

        rows.Select(r => r[1] + "/" + r[8]).ShouldBe(["P/a", "P/b", "Q/c", "Q/d", "Q/e", "Index/P", "Index/Q"]);
        double.Parse(rows[0][4], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(0.8196721311475408, 1e-12);
        rows[0][5].ShouldBe("5");
        // Two variables: the first eigenvalue is 1 + |r|, its share (1 + r) / 2 with r = 0.8219949365267865.
        double.Parse(rows[0][6], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1.8219949365267865 / 2, 1e-12);
        rows[0][10].ShouldBe(string.Empty);
    }

    [Fact]
    public void LeaveOneOut_SummaryAndShiftTable_MatchHandComputation()
    {
        var summary = Files["audit-leave-one-out.csv"].Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[1]);
        var d = summary["d"];

        d[2].ShouldBe("Q");
        d[4].ShouldBe("6");
        d[7].ShouldBe("3");
        d[8].ShouldBe("4");
        d[9].ShouldBe("U1:-4 U2:-4 U5:+4 U6:+4 U3:-1");
        summary["a"][7].ShouldBe("0");
        summary["a"][9].ShouldBe(string.Empty);
        var shifts = Files["audit-rank-shifts.csv"];
        shifts.Length.ShouldBe(1 + (6 * 5));
        shifts.ShouldContain($"2024,U5,5,d,1,4,{Hash},{Snapshot}");
        shifts.ShouldContain($"2024,U1,1,a,1,0,{Hash},{Snapshot}");
    }

    [Fact]
    public void Summary_NamesFlagsAlphaAndLargestEffect()
    {
        var text = string.Join('\n', Files["summary.txt"]);

        text.ShouldContain("audit of audit-test in 2024 (sha256:recipe, data sha256:data)");
        text.ShouldContain("correlations with the parent flagged: 3 of 7\n  c ~ Q: r = -0.998 (negative), with the index -0.989\n");
        text.ShouldContain("  a: mean 0.00, max 0 over 6 units\n");
        text.ShouldContain("  c ~ Q: r = -0.998 (negative)");
        text.ShouldContain("  P (2 children): alpha 0.820, PC1 0.911 over 5 units");
        Files["summary.txt"].First(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains("mean", StringComparison.Ordinal))
            .ShouldStartWith("  d: mean 3.00, max 4 over 6 units");
    }

    [Fact]
    public void Render_Twice_SameBytes()
    {
        var again = AuditFiles.Render(AuditSample.Audit, AuditSample.LeaveOneOut, "audit-test", Hash, Snapshot);

        again.Select(f => Encoding.UTF8.GetString(f.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .ShouldBe(Files.Values);
    }
}
