using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// The reference model: every draw becomes a recipe (<see cref="RecipeVariation"/>) that is built in full by
/// <see cref="Builder.Run"/>. Slow (a whole build per replication) but obviously right; it defines what each factor
/// means, and faster models are tested against it. Weight noise multiplies the weights the nominal build aggregated
/// with (after its weight step), and the drawn recipe uses those weights with no weight step.
/// </summary>
public sealed class BuilderModel : ReplicationModel
{
    private readonly Recipe _recipe;
    private readonly Panel _panel;
    private readonly IndexTree _tree;
    private readonly int _year;
    private readonly ImmutableArray<double> _nominalWeights;
    private readonly ImmutableArray<WeightDraws?> _weights;

    private BuilderModel(Recipe recipe, Panel panel, IReadOnlyList<Factor> factors, Build nominal, int year, int seed)
        : base([.. factors], [.. panel.Units.Select(u => u.Code)], Scores(nominal, year), Ranks(nominal, year))
    {
        _recipe = recipe;
        _panel = panel;
        _tree = nominal.Tree!;
        _year = year;
        _nominalWeights = nominal.Weights;
        var random = new Random(WeightDraws.SetsSeed(seed));
        _weights = [.. factors.Select(f => f is Factor.WeightNoise w ? new WeightDraws(_tree, w, random) : null)];
    }

    /// <summary>
    /// The model of <paramref name="recipe"/> over <paramref name="panel"/> in <paramref name="year"/>; null with the
    /// nominal build's errors when the nominal recipe does not build.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not a year of the panel.</exception>
    /// <remarks>Builds come from <paramref name="cache"/> when one is given (builds already made over the same panel,
    /// e.g. for another year).</remarks>
    public static BuilderModel? Create(Recipe recipe, Panel panel, IReadOnlyList<Factor> factors, int year, int seed,
        List<Diagnostic> diagnostics, BuildCache? cache = null) =>
        NominalBuild(recipe, panel, factors, year, diagnostics, cache) is { } nominal
            ? new BuilderModel(recipe, panel, factors, nominal, year, seed)
            : null;

    /// <summary>The recipe a draw stands for, and a description of what was drawn (for messages).</summary>
    public (Recipe Recipe, string Drawn) RecipeFor(ReadOnlySpan<double> draw)
    {
        var recipe = _recipe;
        var drawn = new List<string>(Factors.Length);
        var weights = _nominalWeights.ToArray();
        var weighted = false;
        string? excluded = null;
        for (var f = 0; f < Factors.Length; f++)
        {
            switch (Factors[f])
            {
                case Factor.NormalisationChoice n:
                    var normalisation = n.Options[n.Level(draw[f])];
                    recipe = RecipeVariation.WithNormalisation(recipe, normalisation);
                    drawn.Add($"{n.Name} = {MethodSyntax.Format(normalisation)}");
                    break;
                case Factor.AggregationChoice a:
                    var aggregation = a.Options[a.Level(draw[f])];
                    recipe = RecipeVariation.WithAggregation(recipe, aggregation);
                    drawn.Add($"{a.Name} = {MethodSyntax.Format(aggregation)}");
                    break;
                case Factor.ImputationChoice i:
                    var imputation = i.Options[i.Level(draw[f])];
                    recipe = RecipeVariation.WithImputation(recipe, imputation);
                    drawn.Add($"{i.Name} = {(imputation.IsEmpty ? "none" : string.Join(" then ", imputation.Select(m => MethodSyntax.Format(m))))}");
                    break;
                case Factor.WinsorisationLimit w:
                    var limit = w.Limits[w.Level(draw[f])];
                    recipe = RecipeVariation.WithWinsorisationLimit(recipe, limit);
                    drawn.Add($"{w.Name} = {limit}");
                    break;
                case Factor.IndicatorExclusion x:
                    var level = x.Level(draw[f]);
                    excluded = level == 0 ? null : x.Candidates[level - 1];
                    drawn.Add($"{x.Name} = {excluded ?? "none"}");
                    break;
                case Factor.WeightNoise:
                    _weights[f]!.Apply(draw[f], weights);
                    weighted = true;
                    drawn.Add($"{Factors[f].Name} = {draw[f]:R}");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown factor {Factors[f]}.");
            }
        }

        if (weighted)
        {
            recipe = RecipeVariation.WithWeights(recipe, _tree, weights);
        }

        if (excluded is not null)
        {
            recipe = RecipeVariation.WithoutIndicator(recipe, excluded);
        }

        return (recipe, string.Join(", ", drawn));
    }

    /// <inheritdoc />
    public override IReplicationEvaluator CreateEvaluator() => new Evaluator(this);

    private static ImmutableArray<double> Scores(Build build, int year)
    {
        var scores = build.Scores!;
        return [.. scores.Slice(scores.Columns.IndexOf(build.Tree!.Nodes[build.Tree.Roots[0]].Code), scores.YearIndex(year))];
    }

    private static ImmutableArray<int> Ranks(Build build, int year) =>
        [.. build.Ranks!.Slice(build.Tree!.Roots[0], build.Scores!.YearIndex(year))];

    private sealed class Evaluator(BuilderModel model) : IReplicationEvaluator
    {
        public void Evaluate(ReadOnlySpan<double> draw, Span<double> scores, Span<int> ranks)
        {
            var (recipe, drawn) = model.RecipeFor(draw);
            var build = Builder.Run(recipe, model._panel);
            if (!build.Succeeded || build.Ranks is null)
            {
                throw new ReplicationFailedException(drawn, [.. build.Diagnostics.Where(d => d.Severity == Severity.Error)]);
            }

            Scores(build, model._year).AsSpan().CopyTo(scores);
            Ranks(build, model._year).AsSpan().CopyTo(ranks);
        }
    }
}
