using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// The fast model: everything before aggregation (normalisation, imputation, winsorisation, indicator exclusion) is a
/// discrete choice, so every combination of those factors' levels (and of the aggregation options) is built once, in
/// full, when the model is compiled; a draw then only picks a combination, applies its weights and aggregates the
/// analysed year over the tree in an allocation-free loop, and ranks. The results are those of
/// <see cref="BuilderModel"/> (scores to rounding, ranks exactly; the arithmetic is the aggregate step's, in the same
/// order). Every drawable recipe has been built before the first draw, so evaluating never fails. Evaluating allocates
/// nothing, except with continuous weight noise (no fixed sets), whose draw seeds a new <see cref="Random"/> as in
/// <see cref="WeightDraws"/>.
/// </summary>
public sealed class CompiledModel : ReplicationModel
{
    /// <summary>At most this many combinations of discrete factor levels are compiled; beyond, use <see cref="BuilderModel"/>.</summary>
    public const int MaxCombinations = 4096;

    /// <summary>Code of the note saying the fast model cannot mirror an analysis (callers then use <see cref="BuilderModel"/>).</summary>
    public const string FallbackCode = "uncertainty.full-builds";

    private CompiledModel(IReadOnlyList<Factor> factors, Panel panel, Build nominal, int year, CompiledStructure structure)
        : base([.. factors], [.. panel.Units.Select(u => u.Code)], ScoresOf(nominal, year), RanksOf(nominal, year))
    {
        Structure = structure;
    }

    /// <summary>How many combinations of discrete factor levels were built.</summary>
    public int Combinations => Structure.Combinations.Length;

    internal CompiledStructure Structure { get; }

    /// <summary>
    /// Compiles the model of <paramref name="recipe"/> over <paramref name="panel"/> in <paramref name="year"/>, building
    /// every combination of the discrete factors' levels once. Returns null in two cases, told apart by
    /// <paramref name="diagnostics"/>: with an Info diagnostic (<see cref="FallbackCode"/>) when the fast path cannot
    /// mirror the recipe exactly (Copeland aggregation, steps after the aggregate step, a negative weight under noise, more than
    /// <see cref="MaxCombinations"/> combinations, a geometric/harmonic mean whose input sign could depend on the
    /// drawn weights) — use <see cref="BuilderModel"/> then; with Error diagnostics when the nominal recipe or a drawable
    /// one does not build, each naming the combination (e.g. "With normalisation = zscore:10,2, aggregation = gmean: …").
    /// </summary>
    /// <param name="recipe">The nominal recipe.</param>
    /// <param name="panel">The panel.</param>
    /// <param name="factors">The factors, in draw order.</param>
    /// <param name="year">The analysed year.</param>
    /// <param name="seed">Seeds the weight-noise sets exactly as <see cref="BuilderModel"/> does.</param>
    /// <param name="diagnostics">Receives the reason for returning null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not a year of the panel.</exception>
    /// <param name="cache">Builds already made over <paramref name="panel"/> (e.g. for another year); null: none.</param>
    public static CompiledModel? Compile(Recipe recipe, Panel panel, IReadOnlyList<Factor> factors, int year, int seed,
        List<Diagnostic> diagnostics, BuildCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(factors);
        if (Unsupported(recipe, factors) is { } reason)
        {
            ArgumentNullException.ThrowIfNull(diagnostics);
            diagnostics.Add(Fallback(reason));
            return null;
        }

        if (NominalBuild(recipe, panel, factors, year, diagnostics, cache) is not { } nominal)
        {
            return null;
        }

        if (factors.Any(f => f is Factor.WeightNoise) && nominal.Weights.Any(w => w < 0))
        {
            diagnostics.Add(Fallback("a weight is negative, so a mean's sign could change with the noise"));
            return null;
        }

        long count = 1;
        foreach (var factor in factors)
        {
            count *= factor is Factor.WeightNoise ? 1 : factor.Levels!.Value;
            if (count > MaxCombinations)
            {
                diagnostics.Add(Fallback($"the discrete factors have more than {MaxCombinations} combinations of levels"));
                return null;
            }
        }

        var structure = CompiledStructure.Create(recipe, panel, factors, nominal, year, seed, (int)count, diagnostics, cache);
        return structure is null ? null : new CompiledModel(factors, panel, nominal, year, structure);
    }

    /// <inheritdoc />
    public override IReplicationEvaluator CreateEvaluator() => new CompiledEvaluator(Structure);

    internal static Diagnostic Fallback(string reason) => Diagnostic.Info(FallbackCode,
        $"The fast uncertainty model cannot mirror this analysis ({reason}); every replication is a full build instead.");

    private static string? Unsupported(Recipe recipe, IReadOnlyList<Factor> factors)
    {
        var aggregates = recipe.Steps.OfType<Step.Aggregate>().ToList();
        if (aggregates.Count != 1 || recipe.Steps[^1] is not Step.Aggregate)
        {
            return "the recipe must end with its only aggregate step";
        }

        var step = aggregates[0];
        var methods = new List<AggregationMethod> { step.Method };
        methods.AddRange(step.ByLevel?.Values ?? []);
        foreach (var factor in factors)
        {
            switch (factor)
            {
                case Factor.AggregationChoice a:
                    methods.AddRange(a.Options);
                    break;
                case Factor.NormalisationChoice or Factor.ImputationChoice or Factor.WinsorisationLimit
                    or Factor.IndicatorExclusion or Factor.WeightNoise:
                    break;
                default:
                    return $"factor '{factor.Name}' is of a kind it does not know";
            }
        }

        if (methods.Any(m => m is AggregationMethod.Copeland))
        {
            return "Copeland aggregation compares units with each other";
        }

        return null;
    }

    private static ImmutableArray<double> ScoresOf(Build build, int year)
    {
        var scores = build.Scores!;
        return [.. scores.Slice(scores.Columns.IndexOf(build.Tree!.Nodes[build.Tree.Roots[0]].Code), scores.YearIndex(year))];
    }

    private static ImmutableArray<int> RanksOf(Build build, int year) =>
        [.. build.Ranks!.Slice(build.Tree!.Roots[0], build.Scores!.YearIndex(year))];
}
