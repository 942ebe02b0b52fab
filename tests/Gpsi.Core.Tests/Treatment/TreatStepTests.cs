using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using Gpsi.Core.Treatment;
using static Gpsi.Core.Tests.Normalisation.NormalisationFixtures;

namespace Gpsi.Core.Tests.Treatment;

/// <summary>
/// The treat step through <see cref="Builder.Run"/>. Expected treatments are those of the Python reference
/// (Reference/coinr_treat.py): [1…14, 40] winsorises 40 → 14; 1…15 passes; [1…20, 60, 100] with limit 1 needs log_CT.
/// </summary>
public sealed class TreatStepTests
{
    private static readonly double[] Outlier = [.. Enumerable.Range(1, 14).Select(i => (double)i), 40];
    private static readonly double[] Clean = [.. Enumerable.Range(1, 15).Select(i => (double)i)];

    private static Step.Treat Default(int limit = 5) => new(new TreatmentMethod.Default(limit));

    [Fact]
    public void Run_TwoIndicators_TreatsEachAndRecordsIt()
    {
        var build = RunOk(Flat([Indicator("A"), Indicator("B")], Default()), Panel(("A", Outlier), ("B", Clean)));

        Values(build.Find(TreatStep.OutputName), "A").ShouldBe([.. Outlier[..14], 14]);
        Values(build.Find(TreatStep.OutputName), "B").ShouldBe(Clean);
        var a = build.Treatment.Single(t => t.Indicator == "A");
        a.Year.ShouldBe(2024);
        a.Transform.ShouldBe("winsorise");
        a.Passed.ShouldBeTrue();
        a.Winsorised.ShouldBe([new WinsorisedPoint("U15", true, 40, 14)]);
        a.SkewBefore.ShouldBe(2.6854307776478734, 1e-12);
        a.KurtosisAfter.ShouldBe(-1.2844148858134872, 1e-12);
        var b = build.Treatment.Single(t => t.Indicator == "B");
        b.Transform.ShouldBe("none");
        b.Passed.ShouldBeTrue();
        b.Winsorised.ShouldBeEmpty();
        build.Log.Single(l => l.Kind == "treat").Summary
            .ShouldBe("default (winsorise ≤ 5, |skew| < 2 or kurt < 3.5): 1 winsorised, 0 log-transformed");
    }

    [Fact]
    public void Run_LimitOne_LogTransformsAndSaysSo()
    {
        double[] x = [.. Enumerable.Range(1, 20).Select(i => (double)i), 60, 100];
        var build = RunOk(Flat([Indicator("A")], Default(1)), Panel(("A", x)));

        var treated = Values(build.Find(TreatStep.OutputName), "A");
        treated[0].ShouldBe(Math.Log(0.99), 1e-12); // log(x − min + 0.01·(max − min)) of the original values
        treated[^1].ShouldBe(Math.Log(99.99), 1e-12);
        build.Treatment.Single().Transform.ShouldBe("log_CT");
        build.Log.Single(l => l.Kind == "treat").Summary
            .ShouldBe("default:1 (winsorise ≤ 1, |skew| < 2 or kurt < 3.5): 0 winsorised, 1 log-transformed");
    }

    [Fact]
    public void Run_PerIndicatorNone_LeavesThatIndicatorAloneAndUnreported()
    {
        var step = new Step.Treat(new TreatmentMethod.Default(),
            ImmutableSortedDictionary<string, TreatmentMethod>.Empty.Add("A", new TreatmentMethod.None()));
        var build = RunOk(Flat([Indicator("A"), Indicator("B")], step), Panel(("A", Outlier), ("B", Outlier)));

        Values(build.Find(TreatStep.OutputName), "A").ShouldBe(Outlier);
        Values(build.Find(TreatStep.OutputName), "B")[14].ShouldBe(14);
        build.Treatment.Select(t => t.Indicator).ShouldBe(["B"]);
        build.Log.Single(l => l.Kind == "treat").Summary.ShouldEndWith("; 1 indicator-specific");
    }

    [Fact]
    public void Run_GlobalNoneWithPerIndicatorDefault_TreatsOnlyThatIndicator()
    {
        var step = new Step.Treat(new TreatmentMethod.None(),
            ImmutableSortedDictionary<string, TreatmentMethod>.Empty.Add("B", new TreatmentMethod.Default()));
        var build = RunOk(Flat([Indicator("A"), Indicator("B")], step), Panel(("A", Outlier), ("B", Outlier)));

        Values(build.Find(TreatStep.OutputName), "A").ShouldBe(Outlier);
        Values(build.Find(TreatStep.OutputName), "B")[14].ShouldBe(14);
        build.Log.Single(l => l.Kind == "treat").Summary.ShouldStartWith("none: 1 winsorised");
    }

    [Fact]
    public void Run_TwoYears_TreatsEachYearOnItsOwn()
    {
        var panel = Panel(15, [2023, 2024], ("A", [.. Clean, .. Outlier]));
        var build = RunOk(Flat([Indicator("A")], Default()), panel);

        var treated = build.Find(TreatStep.OutputName)!;
        Values(treated, "A", 0).ShouldBe(Clean);
        Values(treated, "A", 1)[14].ShouldBe(14);
        build.Treatment.Select(t => (t.Year, t.Transform)).ShouldBe([(2023, "none"), (2024, "winsorise")]);
    }

    [Fact]
    public void Run_ExcludedUnits_DoNotCountAndKeepTheirValues()
    {
        // U16 (1000) is screened out: the included values are [1…14, 40], so only U15 is winsorised.
        double[] x = [.. Outlier, 1000];
        var panel = Panel(("A", x));
        var recipe = Flat([Indicator("A")], Default());
        var tree = IndexTree.Create(recipe.Nodes, [])!;
        var raw = new DataSet("Raw", panel.Data.Units, tree.IndicatorAxis, panel.Years, [.. x]);
        var context = new BuildContext(recipe, tree, panel, tree.IndicatorAxis, raw);
        context.Included[15] = false;

        TreatStep.Run(context, (Step.Treat)recipe.Steps[0]);

        Values(context.Current, "A").ShouldBe([.. Outlier[..14], 14, 1000]);
        context.Treatment.Single().Winsorised.ShouldBe([new WinsorisedPoint("U15", true, 40, 14)]);
    }

    [Fact]
    public void Run_TooFewValues_WarnsAndLeavesThemUntreated()
    {
        double[] x = [1, double.NaN, 50, double.NaN];
        var build = RunOk(Flat([Indicator("A")], Default()), Panel(("A", x)));

        Values(build.Find(TreatStep.OutputName), "A").ShouldBe(x);
        build.Treatment.Single().Passed.ShouldBeFalse();
        build.Diagnostics.ShouldContain(d => d.Severity == Severity.Warning && d.Code == "treat.undetermined"
            && d.Message.Contains("'A' (2024)"));
    }

    [Fact]
    public void Run_NegativeLimit_FailsWithDiagnostic()
    {
        var build = Builder.Run(Flat([Indicator("A")], Default(-1)), Panel(("A", Outlier)));

        build.Succeeded.ShouldBeFalse();
        build.Diagnostics.ShouldContain(d => d.Code == "treat.bad-parameter" && d.Location!.Field == "steps[0].method");
    }

    [Fact]
    public void Run_UnknownPerIndicatorCode_WarnsAndIgnoresIt()
    {
        var step = new Step.Treat(new TreatmentMethod.Default(),
            ImmutableSortedDictionary<string, TreatmentMethod>.Empty.Add("Nope", new TreatmentMethod.None()));
        var build = RunOk(Flat([Indicator("A")], step), Panel(("A", Outlier)));

        build.Diagnostics.ShouldContain(d => d.Code == "treat.unknown-indicator" && d.Found == "Nope");
        Values(build.Find(TreatStep.OutputName), "A")[14].ShouldBe(14);
    }

    [Theory]
    [InlineData(5, 2, 3.5, "default")]
    [InlineData(7, 2, 3.5, "default:7")]
    [InlineData(5, 2.25, 3.5, "default:5,2.25,3.5")]
    [InlineData(3, 2, 4, "default:3,2,4")]
    public void Describe_DefaultMethod_UsesRecipeSyntax(int limit, double skew, double kurt, string expected) =>
        MethodSyntax.Format(new TreatmentMethod.Default(limit, skew, kurt)).ShouldBe(expected);

    [Fact]
    public void Describe_None_IsNone() => MethodSyntax.Format(new TreatmentMethod.None()).ShouldBe("none");
}
