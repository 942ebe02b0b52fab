using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Treatment;
using Gpsi.Core.Uncertainty;
using static Gpsi.Core.Tests.Normalisation.NormalisationFixtures;

namespace Gpsi.Core.Tests.Uncertainty;

/// <summary>
/// A small index with gaps for comparing models: Index ← P (A, B, C), Q (D, E; weight 2); ten units, two years;
/// U9 has almost nothing in 2024 (screened out there); in 2024 U4 has one of P's three indicators and U8 only C;
/// missing values elsewhere; a tie between U1 and U2.
/// </summary>
internal static class CompiledModelFixtures
{
    private const double NaN = double.NaN;

    public static readonly int[] Years = [2023, 2024];

    public static Panel Panel() => Gpsi.Core.Tests.Normalisation.NormalisationFixtures.Panel(10, Years,
        ("A", [3, 3, 5, 9, 1, 4, NaN, 6, 2, 8, /* 2024 */ 4, 4, 6, 8, 2, NaN, 7, NaN, NaN, 9]),
        ("B", [10, 10, 30, 20, 50, 40, 60, NaN, 70, 5, /* 2024 */ 12, 12, 28, NaN, 45, 41, 66, NaN, NaN, 7]),
        ("C", [1.5, 1.5, 2, 7, 3, 3, 4, 9, 1, 2, /* 2024 */ 1.5, 1.5, 2.5, NaN, 3, 3.5, NaN, 8, NaN, 2]),
        ("D", [0.2, 0.2, 0.4, 0.1, NaN, 0.9, 0.5, 0.3, 0.6, 0.7, /* 2024 */ 0.3, 0.3, 0.4, 0.2, 0.8, NaN, 0.5, 0.3, 0.6, 0.7]),
        ("E", [100, 100, 90, 80, 70, 60, 50, 40, 30, NaN, /* 2024 */ 95, 95, 85, 80, 75, 65, 55, 35, NaN, 20]));

    public static Recipe Recipe(params Step[] steps) => Gpsi.Core.Tests.Normalisation.NormalisationFixtures.Recipe(
        [Indicator("A", "P"), Indicator("B", "P", weight: 2), Indicator("C", "P", direction: Gpsi.Core.Structure.Direction.Negative),
            Indicator("D", "Q"), Indicator("E", "Q"), Aggregate("P", "Index"), Aggregate("Q", "Index", weight: 2),
            Aggregate("Index")],
        steps.Length > 0 ? steps :
        [
            new Step.Screen(MinAvailability: 0.5), new Step.Impute(new ImputationMethod.Mean()),
            new Step.Treat(new TreatmentMethod.Default(WinsorisationLimit: 1)),
            new Step.Normalise(new NormalisationMethod.MinMax(1, 100)),
            new Step.Aggregate(new AggregationMethod.ArithmeticMean(), MinAvailability: 0.5),
        ]);

    /// <summary>One factor of every kind, and every aggregation the fast model evaluates.</summary>
    public static Factor[] EveryKind(int? weightSets = 20, int[]? weightLevels = null) =>
    [
        new Factor.NormalisationChoice("normalisation", [new NormalisationMethod.MinMax(1, 100), new NormalisationMethod.ZScore(10, 2),
            new NormalisationMethod.Rank()]),
        new Factor.ImputationChoice("imputation", [[], [new ImputationMethod.Mean()], [new ImputationMethod.Median()]]),
        new Factor.WeightNoise("weights", [.. weightLevels ?? [1, 2]], 0.25, weightSets),
        new Factor.WinsorisationLimit("winsorisation", [1, 2]),
        new Factor.IndicatorExclusion("exclusion", ["A", "D"]),
        new Factor.AggregationChoice("aggregation", [new AggregationMethod.ArithmeticMean(), new AggregationMethod.GeometricMean(),
            new AggregationMethod.HarmonicMean(), new AggregationMethod.Median(), new AggregationMethod.GeneralisedMean(2),
            new AggregationMethod.GeometricMean(Shift: 1)]),
    ];

    public static ImmutableSortedDictionary<int, AggregationMethod> ByLevel(int level, AggregationMethod method) =>
        ImmutableSortedDictionary<int, AggregationMethod>.Empty.Add(level, method);
}
