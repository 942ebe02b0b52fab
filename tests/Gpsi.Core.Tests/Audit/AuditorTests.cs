using Gpsi.Core.Audit;
using Gpsi.Core.Building;
using Gpsi.Tests;

namespace Gpsi.Core.Tests.Audit;

// Expected values: audit_reference.py (this folder), computed in Python from the same six units.
public sealed class AuditorTests
{
    private const double Tolerance = 1e-12;

    private static readonly Build Built = AuditFixtures.Build();

    [Fact]
    public void Run_AggregatedBuild_ReportsEveryPart()
    {
        Built.Succeeded.ShouldBeTrue(string.Join("\n", Built.Diagnostics));

        var report = Auditor.Run(Built, 0);

        report.Year.ShouldBe(2024);
        report.StatisticsDataSet.ShouldBe("Raw");
        report.Statistics.Select(s => s.Code).ShouldBe(["a", "b", "c", "d", "e"]);
        report.Statistics[1].Available.ShouldBe(5);
        report.Pearson.RowCodes.ShouldBe(["a", "b", "c", "d", "e", "P", "Q", "Index"]);
        report.Pearson["a", "P"].ShouldBe(0.9663511714000067, Tolerance);
        report.Pearson["P", "a"].ShouldBe(report.Pearson["a", "P"]);
        report.Pearson.Pairs(1, 5).ShouldBe(5);
        report.Spearman["b", "P"].ShouldBe(0.9486832980505138, Tolerance);
        report.Spearman.Method.ShouldBe(CorrelationMethod.Spearman);
        report.Aggregates.Select(a => a.Code).ShouldBe(["P", "Q", "Index"]);
    }

    [Fact]
    public void ParentCorrelations_FlagNegativeAndWeakLinks()
    {
        var links = Auditor.ParentCorrelations(Built, 0).ToDictionary(p => p.Code);

        links.Keys.ShouldBe(["a", "b", "c", "d", "e", "P", "Q"], ignoreOrder: false);
        links["a"].WithParent.ShouldBe(0.9663511714000067, Tolerance);
        links["a"].WithIndex.ShouldBe(-0.9887073276063867, Tolerance);
        links["a"].Concern.ShouldBe(CorrelationConcern.None);
        links["c"].WithParent.ShouldBe(-0.9982917797968899, Tolerance);
        links["c"].Concern.ShouldBe(CorrelationConcern.Negative);
        links["e"].WithParent.ShouldBe(0.15556977791534238, Tolerance);
        links["e"].Concern.ShouldBe(CorrelationConcern.Weak);
        links["P"].Parent.ShouldBe("Index");
        links["P"].Level.ShouldBe(2);
        links["P"].WithIndex.ShouldBe(-0.9229970946784278, Tolerance);
        links["P"].Concern.ShouldBe(CorrelationConcern.Negative);
    }

    [Fact]
    public void ParentCorrelations_HigherWeakThreshold_FlagsMore()
    {
        var links = Auditor.ParentCorrelations(Built, 0,
            new AuditOptions { WeakCorrelation = 0.97, ParentMethod = CorrelationMethod.Spearman });

        links.Single(p => p.Code == "b").Concern.ShouldBe(CorrelationConcern.Weak); // ρ = 0.9487
        links.Single(p => p.Code == "e").WithParent.ShouldBe(0.09759000729485331, Tolerance);
    }

    [Fact]
    public void Aggregates_CronbachAndPca_MatchReference()
    {
        var groups = Auditor.Aggregates(Built, 0).ToDictionary(g => g.Code);

        groups["P"].Children.ShouldBe(["a", "b"]);
        groups["P"].CronbachAlpha.ShouldBe(0.8196721311475408, Tolerance);
        groups["P"].Pca!.Rows.ShouldBe(5);
        groups["P"].Pca!.Eigenvalues[0].ShouldBe(1.8219949365267865, 1e-12);
        groups["P"].PcaProblem.ShouldBeNull();
        groups["Q"].CronbachAlpha.ShouldBe(-0.013096109938396716, Tolerance);
        groups["Q"].Pca.ShouldNotBeNull();
    }

    [Fact]
    public void Run_UnknownStatisticsDataSet_Throws()
    {
        Should.Throw<ArgumentException>(() =>
            Auditor.Run(Built, 0, new AuditOptions { StatisticsDataSet = "Normalised" }));
        Should.Throw<ArgumentOutOfRangeException>(() => Auditor.Run(Built, 1));
    }
}
