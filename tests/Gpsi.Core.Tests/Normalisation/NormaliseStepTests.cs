using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using static Gpsi.Core.Tests.Normalisation.NormalisationFixtures;

namespace Gpsi.Core.Tests.Normalisation;

/// <summary>
/// Every normalisation method through <see cref="Builder.Run"/> on a one-indicator recipe, for both directions.
/// Expected values are worked by hand from the COINr formulas (coinr-semantics §1): x is multiplied by the
/// direction first; goalposts and targets come from the indicator's metadata (COINr's <c>use_iMeta</c> path), so
/// direction −1 gives (hi − x)/(hi − lo) and (max(x) − x)/(max(x) − T).
/// </summary>
public sealed class NormaliseStepTests
{
    private const double Tolerance = 1e-12;
    private const double NaN = double.NaN;

    private static readonly double[] X = [2, 4, 10, NaN];

    private static double[] Normalise(NormalisationMethod method, Direction direction, double[] x,
        double? target = null, Goalposts? goalposts = null)
    {
        var recipe = Flat([Indicator("A", direction: direction, target: target, goalposts: goalposts)],
            new Step.Normalise(method));
        return Values(RunOk(recipe, Panel(("A", x))).Normalised, "A");
    }

    private static void ShouldMatch(double[] actual, double[] expected)
    {
        actual.Length.ShouldBe(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                double.IsNaN(actual[i]).ShouldBeTrue($"element {i} is {actual[i]}, expected NaN");
            }
            else
            {
                actual[i].ShouldBe(expected[i], Tolerance * Math.Max(1, Math.Abs(expected[i])), $"element {i}");
            }
        }
    }

    [Fact]
    public void MinMax_PositiveDirection_MapsMinToLowerAndMaxToUpper() =>
        ShouldMatch(Normalise(new NormalisationMethod.MinMax(), Direction.Positive, X), [0, 25, 100, NaN]);

    [Fact]
    public void MinMax_NegativeDirection_ReversesTheScale() =>
        // x' = (−2, −4, −10): min −10, max −2, so (x' + 10)/8·100.
        ShouldMatch(Normalise(new NormalisationMethod.MinMax(), Direction.Negative, X), [100, 75, 0, NaN]);

    [Fact]
    public void MinMax_OtherBounds_ScalesIntoThem() =>
        ShouldMatch(Normalise(new NormalisationMethod.MinMax(1, 10), Direction.Positive, X), [1, 3.25, 10, NaN]);

    [Fact]
    public void ZScore_Defaults_UsesSampleStandardDeviation() =>
        // mean 16/3, sd (n − 1) = √(104/6) = 4.163331998932265.
        ShouldMatch(Normalise(new NormalisationMethod.ZScore(), Direction.Positive, X),
            [-0.8006407690254357, -0.3202563076101742, 1.1208970766356101, NaN]);

    [Fact]
    public void ZScore_NegativeDirectionWithMeanAndSd_NegatesThenRescales() =>
        ShouldMatch(Normalise(new NormalisationMethod.ZScore(10, 2), Direction.Negative, X),
            [11.601281538050872, 10.640512615220349, 7.75820584672878, NaN]);

    [Theory]
    [InlineData(Direction.Positive, new[] { 3.0, 1, 3, double.NaN, 2 })]
    [InlineData(Direction.Negative, new[] { 1.0, 4, 1, double.NaN, 3 })]
    public void Rank_Ties_TakeTheMinimumRankAndNaNStays(Direction direction, double[] expected) =>
        ShouldMatch(Normalise(new NormalisationMethod.Rank(), direction, [3, 1, 3, NaN, 2]), expected);

    [Fact]
    public void Borda_IsRankMinusOne() =>
        ShouldMatch(Normalise(new NormalisationMethod.Borda(), Direction.Negative, [3, 1, 3, NaN, 2]),
            [0, 3, 0, NaN, 2]);

    [Fact]
    public void PercentileRank_DividesByAvailableCountMinusOne() =>
        ShouldMatch(Normalise(new NormalisationMethod.PercentileRank(), Direction.Positive, [3, 1, 3, NaN, 2]),
            [2.0 / 3, 0, 2.0 / 3, NaN, 1.0 / 3]);

    [Theory]
    [InlineData(Direction.Positive, true, new[] { 0.0, 25, 75, 100 })]
    [InlineData(Direction.Positive, false, new[] { -25.0, 25, 75, 125 })]
    [InlineData(Direction.Negative, true, new[] { 100.0, 75, 25, 0 })] // (20 − x)/20
    [InlineData(Direction.Negative, false, new[] { 125.0, 75, 25, -25 })]
    public void Goalposts_FromMetadata_FollowDirectionAndTruncation(Direction direction, bool truncate,
        double[] expected) =>
        ShouldMatch(Normalise(new NormalisationMethod.Goalposts(100, truncate), direction, [-5, 5, 15, 25],
            goalposts: new Goalposts(0, 20)), expected);

    [Theory]
    [InlineData(Direction.Positive, new[] { 0.0, 0.25, 1, double.NaN })]
    [InlineData(Direction.Negative, new[] { 1.0, 0.75, 0, double.NaN })]
    public void DistanceToMax_IsShareOfTheRange(Direction direction, double[] expected) =>
        ShouldMatch(Normalise(new NormalisationMethod.DistanceToMax(), direction, X), expected);

    [Theory]
    [InlineData(Direction.Positive, new[] { 0.2, 0.4, 1, double.NaN })]
    [InlineData(Direction.Negative, new[] { 1.0, 2, 5, double.NaN })] // COINr literally: −x / max(−x)
    public void FractionOfMax_DividesByTheMaximum(Direction direction, double[] expected) =>
        ShouldMatch(Normalise(new NormalisationMethod.FractionOfMax(), direction, X), expected);

    [Theory]
    [InlineData(true, new[] { 0.0, 1.0 / 3, 1, double.NaN })]
    [InlineData(false, new[] { 0.0, 1.0 / 3, 4.0 / 3, double.NaN })]
    public void DistanceToTarget_PositiveDirection_IsShareOfTheWayFromMinToTarget(bool cap, double[] expected) =>
        // (x − 2)/(8 − 2)
        ShouldMatch(Normalise(new NormalisationMethod.DistanceToTarget(cap), Direction.Positive, X, target: 8),
            expected);

    [Theory]
    [InlineData(true, new[] { 1.0, 6.0 / 7, 0, double.NaN })]
    [InlineData(false, new[] { 8.0 / 7, 6.0 / 7, 0, double.NaN })]
    public void DistanceToTarget_NegativeDirection_IsMaxMinusXOverMaxMinusTarget(bool cap, double[] expected) =>
        // Lower is better with target 3: (max(x) − x)/(max(x) − T) = (10 − x)/7.
        ShouldMatch(Normalise(new NormalisationMethod.DistanceToTarget(cap), Direction.Negative, X, target: 3),
            expected);

    [Fact]
    public void None_NegativeDirection_ReturnsNegatedValues() =>
        ShouldMatch(Normalise(new NormalisationMethod.None(), Direction.Negative, X), [-2, -4, -10, NaN]);

    [Fact]
    public void MinMax_PerYear_NormalisesEachYearOnItsOwn()
    {
        var build = RunOk(Flat([Indicator("A")], new Step.Normalise(new NormalisationMethod.MinMax())),
            Panel(3, [2023, 2024], ("A", [0, 5, 10, 10, 15, 20])));
        ShouldMatch(Values(build.Normalised, "A", 0), [0, 50, 100]);
        ShouldMatch(Values(build.Normalised, "A", 1), [0, 50, 100]);
    }

    [Fact]
    public void MinMax_Pooled_UsesTheWholePanel()
    {
        var step = new Step.Normalise(new NormalisationMethod.MinMax(), NormalisationReference.Pooled);
        var build = RunOk(Flat([Indicator("A")], step), Panel(3, [2023, 2024], ("A", [0, 5, 10, 10, 15, 20])));
        ShouldMatch(Values(build.Normalised, "A", 0), [0, 25, 50]);
        ShouldMatch(Values(build.Normalised, "A", 1), [50, 75, 100]);
    }

    [Fact]
    public void Rank_Pooled_RanksAcrossYearsWithTies()
    {
        var step = new Step.Normalise(new NormalisationMethod.Rank(), NormalisationReference.Pooled);
        var build = RunOk(Flat([Indicator("A")], step), Panel(3, [2023, 2024], ("A", [0, 5, 10, 10, 15, 20])));
        ShouldMatch(Values(build.Normalised, "A", 0), [1, 2, 3]);
        ShouldMatch(Values(build.Normalised, "A", 1), [3, 5, 6]);
    }

    [Fact]
    public void MinMax_ZeroRangeInOneYear_GivesNaNAndAWarningNamingTheYear()
    {
        var build = RunOk(Flat([Indicator("A")], new Step.Normalise(new NormalisationMethod.MinMax())),
            Panel(3, [2023, 2024], ("A", [5, 5, 5, 1, 2, 3])));
        ShouldMatch(Values(build.Normalised, "A", 0), [NaN, NaN, NaN]);
        ShouldMatch(Values(build.Normalised, "A", 1), [0, 50, 100]);
        var warning = build.Diagnostics.Single(d => d.Code == "normalise.degenerate");
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Message.ShouldContain("'A' (2023)");
    }

    [Fact]
    public void MinMax_AllMissing_IsNaNWithoutWarning()
    {
        var build = RunOk(Flat([Indicator("A")], new Step.Normalise(new NormalisationMethod.MinMax())),
            Panel(("A", [NaN, NaN, NaN])));
        ShouldMatch(Values(build.Normalised, "A"), [NaN, NaN, NaN]);
        build.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Goalposts_MissingOnIndicator_FailsNamingTheField()
    {
        var build = Builder.Run(Flat([Indicator("A")], new Step.Normalise(new NormalisationMethod.Goalposts())),
            Panel(("A", X)));
        build.Succeeded.ShouldBeFalse();
        build.Diagnostics.ShouldContain(d => d.Code == "normalise.missing-goalposts"
            && d.Location!.Field == "steps[0].method");
    }

    [Fact]
    public void DistanceToTarget_MissingTarget_Fails()
    {
        var build = Builder.Run(Flat([Indicator("A")], new Step.Normalise(new NormalisationMethod.DistanceToTarget())),
            Panel(("A", X)));
        build.Diagnostics.ShouldContain(d => d.Code == "normalise.missing-target" && d.Severity == Severity.Error);
    }

    [Fact]
    public void PerIndicator_OverridesTheGlobalMethod()
    {
        var step = new Step.Normalise(new NormalisationMethod.MinMax(),
            PerIndicator: ImmutableSortedDictionary<string, NormalisationMethod>.Empty
                .Add("B", new NormalisationMethod.Rank()));
        var build = RunOk(Flat([Indicator("A"), Indicator("B")], step), Panel(("A", X), ("B", X)));
        ShouldMatch(Values(build.Normalised, "A"), [0, 25, 100, NaN]);
        ShouldMatch(Values(build.Normalised, "B"), [1, 2, 3, NaN]);
    }

    [Fact]
    public void Run_ExcludedUnit_DoesNotSetTheReferenceAndGetsNaN()
    {
        // U4 (1000) is screened out of 2024: min-max runs over (2, 4, 10) only, as COINr, which drops the row.
        double[] x = [2, 4, 10, 1000];
        var panel = Panel(("A", x));
        var recipe = Flat([Indicator("A")], new Step.Normalise(new NormalisationMethod.MinMax()));
        var tree = IndexTree.Create(recipe.Nodes, [])!;
        var raw = new DataSet("Raw", panel.Data.Units, tree.IndicatorAxis, panel.Years, [.. x]);
        var context = new BuildContext(recipe, tree, panel, tree.IndicatorAxis, raw);
        context.Included[3] = false;

        NormaliseStep.Run(context, (Step.Normalise)recipe.Steps[0]);

        ShouldMatch(Values(context.Current, "A"), [0, 25, 100, NaN]);
    }
}
