using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Building;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Treatment;
using Gpsi.Core.Weighting;
using Xunit.Abstractions;

namespace Gpsi.Data.Tests.Coinr;

/// <summary>
/// COINr variants of the ASEM build that have no COINr reference file (R is not available): each is COINr's default
/// build with one change, compared with an independent Python implementation of COINr 1.1.14's semantics
/// (<c>Coinr/Variants/coinr_asem_variants.py</c>, which writes <c>Coinr/Variants/NAME.csv</c> and the intermediate
/// results <c>Coinr/Variants/Steps/NAME.STEP.csv</c>). Every aggregate score, intermediate value and PCA weight must
/// agree to 1e-9 relative (Copeland scores exactly) and every Index rank exactly. The test output prints the largest
/// relative difference seen (docs/coinr-parity.md lists them).
/// </summary>
public sealed class AsemVariantTests(AsemFixture asem, ITestOutputHelper output) : IClassFixture<AsemFixture>
{
    private const double Tolerance = 1e-9;

    private static readonly Step MinMax = new Step.Normalise(new NormalisationMethod.MinMax(0, 100));

    private static readonly Step Mean = new Step.Aggregate(new AggregationMethod.ArithmeticMean());

    private static readonly ImmutableDictionary<string, ImmutableArray<Step>> Variants =
        new Dictionary<string, ImmutableArray<Step>>
        {
            ["zscore_amean"] = [new Step.Normalise(new NormalisationMethod.ZScore(0, 1)), Mean],
            ["minmax1_100_gmean"] =
            [
                new Step.Normalise(new NormalisationMethod.MinMax(1, 100)),
                new Step.Aggregate(new AggregationMethod.GeometricMean()),
            ],
            ["zscore10_2_amean"] = [new Step.Normalise(new NormalisationMethod.ZScore(10, 2)), Mean],
            ["treat_minmax_amean"] = [new Step.Treat(new TreatmentMethod.Default()), MinMax, Mean],
            // winmax = 1: on ASEM the default limit always suffices; with 1, nine indicators fall through to log_CT.
            ["treatwinmax1_minmax_amean"] =
                [new Step.Treat(new TreatmentMethod.Default(WinsorisationLimit: 1)), MinMax, Mean],
            ["imputemean_minmax_amean"] = [new Step.Impute(new ImputationMethod.Mean()), MinMax, Mean],
            ["imputemedian_minmax_amean"] = [new Step.Impute(new ImputationMethod.Median()), MinMax, Mean],
            ["imputemeaneurasia_minmax_amean"] =
                [new Step.Impute(new ImputationMethod.GroupMean("EurAsia_group")), MinMax, Mean],
            ["imputemediangdp_minmax_amean"] =
                [new Step.Impute(new ImputationMethod.GroupMedian("GDP_group")), MinMax, Mean],
            ["imputerow2_minmax_amean"] = [new Step.Impute(new ImputationMethod.RowMean(2)), MinMax, Mean],
            ["imputerow3_minmax_amean"] = [new Step.Impute(new ImputationMethod.RowMean(3)), MinMax, Mean],
            ["rank_amean"] = [new Step.Normalise(new NormalisationMethod.Rank()), Mean],
            ["borda_amean"] = [new Step.Normalise(new NormalisationMethod.Borda()), Mean],
            ["prank_amean"] = [new Step.Normalise(new NormalisationMethod.PercentileRank()), Mean],
            ["minmax_copeland"] = [MinMax, new Step.Aggregate(new AggregationMethod.Copeland())],
            // COINr get_PCA's default data set is "Raw": the weights come from the data before normalisation.
            ["pcaraw_minmax_amean"] = [new Step.Weight(new WeightingMethod.Pca()), MinMax, Mean],
            // get_PCA(dset = "Normalised"): the weights come from the direction-adjusted data being aggregated.
            ["minmax_pcanorm_amean"] = [MinMax, new Step.Weight(new WeightingMethod.Pca()), Mean],
        }.ToImmutableDictionary();

    public static TheoryData<string> Names => [.. Variants.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The intermediate results the Python script also writes (Coinr/Variants/Steps/VARIANT.STEP.csv).</summary>
    public static TheoryData<string, string> StepFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var variant in Variants.Keys.Order(StringComparer.Ordinal))
            {
                foreach (var step in StepsOf(variant))
                {
                    data.Add(variant, step);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Build_AsemVariant_MatchesIndependentCoinrImplementation(string variant)
    {
        var recipe = asem.Import.Recipe with { Steps = Variants[variant] };
        var build = Builder.Run(recipe, asem.Import.Panel);
        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        var scores = build.Scores.ShouldNotBeNull();
        var ranks = build.Ranks.ShouldNotBeNull();
        var year = scores.Years[0];
        var exact = variant.EndsWith("copeland", StringComparison.Ordinal);

        var reference = ReferenceTable.LoadVariant(variant + ".csv");
        var columns = reference.Columns.ToList();
        columns.Count.ShouldBe(12);
        columns[^1].ShouldBe("Rank");

        var worst = 0.0;
        var worstAt = string.Empty;
        var compared = 0;
        foreach (var (unit, column, expected) in reference.Cells())
        {
            if (column == "Rank")
            {
                ranks.Get(unit, "Index", year).ShouldBe((int)expected, $"{variant}: Index rank of {unit}");
                continue;
            }

            var actual = scores.Get(unit, column, year);
            double.IsNaN(expected).ShouldBeFalse($"{variant}: {unit}/{column} is missing in the reference");
            var difference = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-300);
            if (!(difference <= worst))
            {
                worst = difference;
                worstAt = $"{unit}/{column}";
            }

            if (exact)
            {
                actual.ShouldBe(expected, $"{variant}: {unit}/{column}");
            }
            else
            {
                difference.ShouldBeLessThanOrEqualTo(Tolerance, $"{variant}: {unit}/{column}: {actual:R} vs {expected:R}");
            }

            compared++;
        }

        compared.ShouldBe(51 * 11);
        output.WriteLine($"{variant}: {compared} scores and 51 Index ranks compared; max relative difference {worst:G3}"
            + (worstAt.Length > 0 ? $" at {worstAt}" : string.Empty));
    }

    [Theory]
    [MemberData(nameof(StepFiles))]
    public void Step_AsemVariant_MatchesIndependentCoinrImplementation(string variant, string step)
    {
        var recipe = asem.Import.Recipe with { Steps = Variants[variant] };
        var build = Builder.Run(recipe, asem.Import.Panel);
        build.Succeeded.ShouldBeTrue(string.Join("\n", build.Diagnostics));
        var reference = ReferenceTable.LoadVariant(Path.Combine("Steps", $"{variant}.{step}.csv"));
        var worst = 0.0;
        var compared = 0;
        if (step == "Weights")
        {
            var tree = build.Tree.ShouldNotBeNull();
            foreach (var (_, code, expected) in reference.Cells())
            {
                worst = Math.Max(worst, AssertClose(build.Weights[tree.IndexOf(code)], expected, $"{variant}: weight of {code}"));
                compared++;
            }

            compared.ShouldBe(49);
        }
        else
        {
            var data = build.Find(step).ShouldNotBeNull($"{variant} made no {step} data set");
            var year = data.Years[0];
            foreach (var (unit, column, expected) in reference.Cells())
            {
                worst = Math.Max(worst, AssertClose(data.Get(unit, column, year), expected, $"{variant}/{step}: {unit}/{column}"));
                compared++;
            }

            compared.ShouldBe(51 * 49);
        }

        output.WriteLine($"{variant} {step}: {compared} values compared; max relative difference {worst:G3}");
    }

    [Fact]
    public void Variants_EveryReferenceFile_HasATheoryRow()
    {
        var files = Directory.GetFiles(ReferenceTable.VariantDirectory, "*.csv")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal);
        files.ShouldBe(Variants.Keys.Order(StringComparer.Ordinal));
        var steps = Directory.GetFiles(Path.Combine(ReferenceTable.VariantDirectory, "Steps"), "*.csv")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal);
        steps.ShouldBe(StepFiles.Select(row => $"{row[0]}.{row[1]}").Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> StepsOf(string variant)
    {
        if (variant.StartsWith("impute", StringComparison.Ordinal))
        {
            yield return "Imputed";
        }

        if (variant.StartsWith("treat", StringComparison.Ordinal))
        {
            yield return "Treated";
        }

        yield return "Normalised";
        if (variant.Contains("pca", StringComparison.Ordinal))
        {
            yield return "Weights";
        }
    }

    /// <summary>Asserts <paramref name="actual"/> within 1e-9 relative (both missing counts as equal); returns the difference.</summary>
    private static double AssertClose(double actual, double expected, string what)
    {
        if (double.IsNaN(expected))
        {
            double.IsNaN(actual).ShouldBeTrue($"{what}: {actual:R}, expected missing");
            return 0;
        }

        var difference = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-300);
        difference.ShouldBeLessThanOrEqualTo(Tolerance, $"{what}: {actual:R} vs {expected:R}");
        return difference;
    }
}
