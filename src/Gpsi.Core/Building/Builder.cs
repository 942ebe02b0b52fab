using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Denomination;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Screening;
using Gpsi.Core.Structure;
using Gpsi.Core.Treatment;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Building;

/// <summary>
/// Builds a recipe over a panel: a pure, deterministic function <c>Recipe × Panel → Build</c>. Steps run in recipe
/// order; the first error stops the build and is reported in <see cref="Build.Diagnostics"/>.
/// </summary>
public static class Builder
{
    // A recipe instance compiles to the same tree every time; repeated builds (uncertainty analysis, benchmarks)
    // reuse it. Keyed by reference, so a changed recipe (a new record) compiles afresh.
    private static readonly ConditionalWeakTable<Recipe, CompiledTree> Trees = new();

    /// <summary>Builds <paramref name="recipe"/> over <paramref name="panel"/>.</summary>
    public static Build Run(Recipe recipe, Panel panel)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(panel);
        var compiled = Trees.GetValue(recipe, Compile);
        if (compiled.Tree is not { } tree)
        {
            return new Build(recipe, panel, null, compiled.Diagnostics);
        }

        var diagnostics = new List<Diagnostic>(compiled.Diagnostics);
        var raw = Assemble(tree, compiled.Paths, panel, diagnostics);
        if (raw is null)
        {
            return new Build(recipe, panel, tree, diagnostics);
        }

        var context = new BuildContext(recipe, tree, panel, tree.IndicatorAxis, raw);
        context.Diagnostics.AddRange(diagnostics);
        context.Log.Add(new StepRecord(-1, "assemble", null, raw.Name,
            $"{panel.Units.Length} units × {tree.Indicators.Length} indicators × {panel.Years.Length} years"));
        for (var i = 0; i < recipe.Steps.Length && !context.HasErrors; i++)
        {
            context.StepIndex = i;
            RunStep(context, recipe.Steps[i]);
        }

        if (context.HasErrors || context.Current.Name != AggregateStep.OutputName)
        {
            return new Build(context, null, null);
        }

        var ranks = RankAll(context.Current, context.Included, tree.Aggregates);
        var root = tree.Roots[0];
        var scores = context.Current.Column(root);
        var bands = Banding.Assign(recipe.Bands, scores, RootRanks(ranks, root), panel.Units.Length, panel.Years);
        context.Log.Add(new StepRecord(-1, "results", null, AggregateStep.OutputName,
            "ranks: highest score = 1, exact ties share the minimum rank (as COINr); bands: " + recipe.Bands));
        return new Build(context, ranks, bands);
    }

    private static void RunStep(BuildContext context, Step step)
    {
        switch (step)
        {
            case Step.Denominate d:
                DenominateStep.Run(context, d);
                break;
            case Step.Screen s:
                ScreenStep.Run(context, s);
                break;
            case Step.Impute i:
                ImputeStep.Run(context, i);
                break;
            case Step.Treat t:
                TreatStep.Run(context, t);
                break;
            case Step.Normalise n:
                NormaliseStep.Run(context, n);
                break;
            case Step.Weight w:
                WeightStep.Run(context, w);
                break;
            case Step.Aggregate a:
                AggregateStep.Run(context, a);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
        }
    }

    private static CompiledTree Compile(Recipe recipe)
    {
        // The tree is checked here; a recipe file's other rules (variables, step parameters) are checked when it is
        // read (RecipeValidator), and each step checks the parameters it uses.
        var diagnostics = new List<Diagnostic>();
        var paths = RecipeValidator.NodePaths(recipe.Nodes);
        var tree = IndexTree.Create(recipe.Nodes, diagnostics, (i, field) => new SourceLocation(Field: $"{paths[i]}.{field}"));
        if (tree is not null && tree.Roots.Length != 1)
        {
            diagnostics.Add(Diagnostic.Error("tree.roots",
                $"The tree has {tree.Roots.Length} roots ({string.Join(", ", tree.Roots.Select(r => tree.Nodes[r].Code))}).",
                new SourceLocation(Field: "aggregates"), null, "exactly one node without a parent"));
            tree = null;
        }

        return new CompiledTree(tree, diagnostics, paths);
    }

    private static DataSet? Assemble(IndexTree tree, string[] paths, Panel panel, List<Diagnostic> diagnostics)
    {
        var units = panel.Data.Units.Count;
        var years = panel.Years.Length;
        var columns = tree.IndicatorAxis;
        var values = new double[columns.Count * years * units];
        var ok = true;
        for (var c = 0; c < columns.Count; c++)
        {
            var source = panel.Data.Columns.IndexOf(columns[c]);
            if (source < 0)
            {
                diagnostics.Add(Diagnostic.Error("data.missing-indicator",
                    $"Indicator '{columns[c]}' is not in the data.",
                    new SourceLocation(Field: $"{paths[tree.Indicators[c]]}.code"), columns[c],
                    "a column of the data file"));
                ok = false;
                continue;
            }

            panel.Data.Column(source).CopyTo(values.AsSpan(c * years * units, years * units));
        }

        return ok ? new DataSet("Raw", panel.Data.Units, columns, panel.Years, values) : null;
    }

    private static RankTable RankAll(DataSet scores, bool[] included, ImmutableArray<int> columns)
    {
        var units = scores.Units.Count;
        var years = scores.Years.Length;
        var ranks = new int[scores.Columns.Count * years * units];
        var order = new int[units];
        var masked = new double[units];
        foreach (var c in columns)
        {
            for (var y = 0; y < years; y++)
            {
                var slice = scores.Slice(c, y);
                for (var u = 0; u < units; u++)
                {
                    masked[u] = included[(y * units) + u] ? slice[u] : double.NaN;
                }

                Ranking.Rank(masked, ranks.AsSpan(((c * years) + y) * units, units), order);
            }
        }

        return new RankTable(scores, ranks);
    }

    private static int[] RootRanks(RankTable ranks, int root)
    {
        var years = ranks.Scores.Years.Length;
        var units = ranks.Scores.Units.Count;
        var result = new int[years * units];
        for (var y = 0; y < years; y++)
        {
            ranks.Slice(root, y).CopyTo(result.AsSpan(y * units, units));
        }

        return result;
    }

    private sealed record CompiledTree(IndexTree? Tree, IReadOnlyList<Diagnostic> Diagnostics, string[] Paths);
}
