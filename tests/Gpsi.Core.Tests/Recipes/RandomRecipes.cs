using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Core.Treatment;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Tests.Recipes;

/// <summary>
/// Valid random recipes for property tests: small trees (two or three levels), random metadata (including text that
/// needs quoting) and a random choice of steps whose parameters refer to what exists. Deterministic per seed.
/// </summary>
public static class RandomRecipes
{
    private static readonly string[] Texts =
        ["Logistics Performance Index", "Côte d'Ivoire: \"ports\" #1", "per 100k, 2018", "yes", "null", "1.5", " padded ",
            "line\nbreak", "a: b", "[x]", "- dash", "%share", "Score 1-5"];

    private static readonly double[] Weights = [1, 1, 2, 0.5, 0.1, 1.0 / 3, 0, 1e-7, 12345.678];

    public static Recipe Create(int seed)
    {
        var random = new Random(seed);
        var nodes = new List<Node>();
        var aggregates = new List<Node> { new() { Code = "Index", Kind = NodeKind.Aggregate, Name = Maybe(random) } };
        var threeLevels = random.Next(2) == 0;
        var pillars = random.Next(1, 4);
        var variables = new List<PanelVariable>();
        var hasGroup = random.Next(2) == 0;
        if (hasGroup)
        {
            variables.Add(new PanelVariable("Group", VariableRole.Group, Maybe(random)));
        }

        var hasDenominator = random.Next(2) == 0;
        if (hasDenominator)
        {
            variables.Add(new PanelVariable("Population", VariableRole.Denominator, Maybe(random), Maybe(random)));
        }

        var allGoalposts = random.Next(3) == 0;
        var allTargets = random.Next(3) == 0;
        for (var p = 0; p < pillars; p++)
        {
            var parent = "Index";
            if (threeLevels)
            {
                parent = $"D{p % 2}";
                if (!aggregates.Any(a => a.Code == parent))
                {
                    aggregates.Add(new Node { Code = parent, Kind = NodeKind.Aggregate, Parent = "Index" });
                }
            }

            aggregates.Add(new Node
            {
                Code = $"P{p}", Kind = NodeKind.Aggregate, Parent = parent, Weight = Pick(random, Weights),
                Name = Maybe(random), Type = Maybe(random),
            });
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var code = $"I{nodes.Count}";
                nodes.Add(new Node
                {
                    Code = code,
                    Kind = NodeKind.Indicator,
                    Parent = $"P{p}",
                    Name = Maybe(random),
                    Weight = Pick(random, Weights),
                    Direction = random.Next(2) == 0 ? Direction.Positive : Direction.Negative,
                    Unit = Maybe(random),
                    Target = allTargets || random.Next(3) == 0 ? random.Next(-50, 50) / 4.0 : null,
                    Goalposts = allGoalposts || random.Next(3) == 0 ? new Goalposts(random.Next(10), 10 + random.NextDouble()) : null,
                    Denominator = hasDenominator && random.Next(2) == 0
                        ? new Denominator("Population", random.Next(2) == 0 ? 1 : 1e5)
                        : null,
                    Type = Maybe(random),
                    Source = Maybe(random),
                });
            }
        }

        var indicatorCodes = nodes.Select(n => n.Code).ToList();
        var levels = threeLevels ? new[] { 2, 3, 4 } : [2, 3];
        return new Recipe
        {
            Name = "r" + seed,
            Title = Maybe(random),
            Description = Maybe(random),
            Version = random.Next(2) == 0 ? "1.0" : null,
            Data = Data(random),
            Variables = [.. variables],
            Nodes = [.. nodes, .. aggregates],
            Steps = Steps(random, indicatorCodes, levels, hasGroup, allGoalposts, allTargets, hasDenominator,
                [.. nodes.Concat(aggregates).Select(n => n.Code)]),
            Bands = random.Next(3) switch
            {
                0 => new BandRule.Quantile(),
                1 => new BandRule.Quantile(random.Next(2, 8)),
                _ => new BandRule.Fixed([75, 50.5, 25], ["A", "B", Pick(random, Texts), "D"]),
            },
            Years = random.Next(2) == 0 ? [] : [2018, 2019 + random.Next(3)],
        };
    }

    private static ImmutableArray<Step> Steps(Random random, List<string> indicators, int[] levels, bool hasGroup,
        bool allGoalposts, bool allTargets, bool hasDenominator, List<string> codes)
    {
        var steps = new List<Step>();
        if (hasDenominator && random.Next(2) == 0)
        {
            steps.Add(new Step.Denominate());
        }

        if (random.Next(2) == 0)
        {
            steps.Add(new Step.Screen(random.Next(0, 5) / 4.0, random.Next(2) == 0 ? null : random.Next(1, 3),
                Pick(random, levels)));
        }

        for (var n = random.Next(3); n > 0; n--)
        {
            ImputationMethod[] imputations =
            [
                new ImputationMethod.Mean(), new ImputationMethod.Median(), new ImputationMethod.RowMean(Pick(random, levels)),
                new ImputationMethod.LatestAvailable(random.Next(1, 4)),
                new ImputationMethod.LinearInterpolation(random.Next(2) == 0),
                .. hasGroup ? new ImputationMethod[] { new ImputationMethod.GroupMean("Group"), new ImputationMethod.GroupMedian("Group") } : [],
            ];
            steps.Add(new Step.Impute(Pick(random, imputations)));
        }

        if (random.Next(2) == 0)
        {
            TreatmentMethod[] treatments =
                [new TreatmentMethod.Default(), new TreatmentMethod.Default(random.Next(0, 6)), new TreatmentMethod.None(),
                    new TreatmentMethod.Default(3, 2.5, 4)];
            steps.Add(new Step.Treat(Pick(random, treatments), random.Next(2) == 0
                ? null
                : ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                    [KeyValuePair.Create(Pick(random, indicators), Pick(random, treatments))])));
        }

        NormalisationMethod[] normalisations =
        [
            new NormalisationMethod.MinMax(), new NormalisationMethod.MinMax(-1, 1.5), new NormalisationMethod.ZScore(),
            new NormalisationMethod.ZScore(10, 3), new NormalisationMethod.Rank(), new NormalisationMethod.Borda(),
            new NormalisationMethod.PercentileRank(), new NormalisationMethod.DistanceToMax(),
            new NormalisationMethod.FractionOfMax(), new NormalisationMethod.None(),
            .. allGoalposts ? new NormalisationMethod[] { new NormalisationMethod.Goalposts(), new NormalisationMethod.Goalposts(1, false) } : [],
            .. allTargets ? new NormalisationMethod[] { new NormalisationMethod.DistanceToTarget(random.Next(2) == 0) } : [],
        ];
        steps.Add(new Step.Normalise(Pick(random, normalisations),
            random.Next(2) == 0 ? NormalisationReference.PerYear : NormalisationReference.Pooled,
            random.Next(2) == 0
                ? null
                : ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                    [KeyValuePair.Create(Pick(random, indicators), Pick(random, normalisations))])));
        steps.Add(new Step.Weight(random.Next(5) switch
        {
            0 => new WeightingMethod.Manual(),
            1 => new WeightingMethod.Equal(),
            2 => new WeightingMethod.Pca(),
            3 => new WeightingMethod.Pca(FixSign: false),
            _ => new WeightingMethod.Set("alt", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                codes.Where(_ => random.Next(2) == 0).Select(c => KeyValuePair.Create(c, Pick(random, Weights))))),
        }));
        AggregationMethod[] aggregations =
        [
            new AggregationMethod.ArithmeticMean(), new AggregationMethod.GeometricMean(),
            new AggregationMethod.GeometricMean(0.5), new AggregationMethod.HarmonicMean(),
            new AggregationMethod.GeneralisedMean(-2), new AggregationMethod.Median(), new AggregationMethod.Copeland(),
        ];
        steps.Add(new Step.Aggregate(Pick(random, aggregations),
            random.Next(2) == 0
                ? null
                : ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(Pick(random, levels), Pick(random, aggregations))]),
            random.Next(2) == 0 ? null : random.Next(5) / 4.0));
        return [.. steps];
    }

    private static DataSource? Data(Random random)
    {
        if (random.Next(2) == 0)
        {
            return null;
        }

        var data = new DataSource
        {
            File = "data.csv",
            Layout = random.Next(2) == 0 ? DataLayout.Wide : DataLayout.Long,
            NameColumn = random.Next(3) == 0 ? null : "uName",
            TimeColumn = random.Next(3) == 0 ? null : "Time",
            DefaultYear = random.Next(2) == 0 ? 2018 : null,
            ValueColumn = random.Next(2) == 0 ? "value" : "Value",
        };
        return data.TimeColumn is null && data.DefaultYear is null ? data with { DefaultYear = 2020 } : data;
    }

    private static string? Maybe(Random random) => random.Next(3) == 0 ? Pick(random, Texts) : null;

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
