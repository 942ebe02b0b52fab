using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Uncertainty;

/// <summary>A recipe with one choice changed: what a factor of an uncertainty analysis does to the nominal recipe.</summary>
public static class RecipeVariation
{
    /// <summary>
    /// The recipe with every node's weight replaced by <paramref name="weights"/> (indexed as <paramref name="tree"/>'s
    /// nodes) and its weight steps removed: the weights given are the ones aggregation uses, so a weight step (e.g.
    /// <c>equal</c>) must not overwrite them.
    /// </summary>
    public static Recipe WithWeights(Recipe recipe, IndexTree tree, double[] weights) => recipe with
    {
        Nodes = [.. recipe.Nodes.Select(n => n with { Weight = weights[tree.IndexOf(n.Code)] })],
        Steps = [.. recipe.Steps.Where(s => s is not Step.Weight)],
    };

    /// <summary>The recipe with its (first) normalise step's method replaced; its reference and per-indicator methods are kept.</summary>
    /// <exception cref="ArgumentException">The recipe has no normalise step.</exception>
    public static Recipe WithNormalisation(Recipe recipe, Normalisation.NormalisationMethod method)
    {
        var index = recipe.Steps.IndexOf(recipe.Steps.OfType<Step.Normalise>().FirstOrDefault()
            ?? throw new ArgumentException("A normalisation factor needs a normalise step in the recipe.", nameof(recipe)));
        return recipe with { Steps = recipe.Steps.SetItem(index, ((Step.Normalise)recipe.Steps[index]) with { Method = method }) };
    }

    /// <summary>The recipe with its (first) aggregate step's method replaced at every level.</summary>
    /// <exception cref="ArgumentException">The recipe has no aggregate step.</exception>
    public static Recipe WithAggregation(Recipe recipe, Aggregation.AggregationMethod method)
    {
        var index = recipe.Steps.IndexOf(recipe.Steps.OfType<Step.Aggregate>().FirstOrDefault()
            ?? throw new ArgumentException("An aggregation factor needs an aggregate step in the recipe.", nameof(recipe)));
        return recipe with
        {
            Steps = recipe.Steps.SetItem(index, ((Step.Aggregate)recipe.Steps[index]) with { Method = method, ByLevel = null }),
        };
    }

    /// <summary>
    /// The recipe with its impute steps replaced by <paramref name="methods"/>, run in order where the first impute step
    /// stood (or before the first treat/normalise step, or at the start, when it had none); empty: no imputation.
    /// </summary>
    public static Recipe WithImputation(Recipe recipe, IReadOnlyList<Imputation.ImputationMethod> methods)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(methods);
        var at = recipe.Steps.IndexOf(recipe.Steps.OfType<Step.Impute>().FirstOrDefault()!);
        if (at < 0)
        {
            at = recipe.Steps.IndexOf(recipe.Steps.FirstOrDefault(s => s is Step.Treat or Step.Normalise)!);
            at = at < 0 ? 0 : at;
        }

        var kept = recipe.Steps.Take(at).Where(s => s is not Step.Impute).ToList();
        var rest = recipe.Steps.Skip(at).Where(s => s is not Step.Impute);
        return recipe with { Steps = [.. kept, .. methods.Select(m => new Step.Impute(m)), .. rest] };
    }

    /// <summary>The recipe with its (first) treat step's default method given winsorisation limit <paramref name="limit"/>.</summary>
    /// <exception cref="ArgumentException">The recipe has no treat step with the default (winsorising) method.</exception>
    public static Recipe WithWinsorisationLimit(Recipe recipe, int limit)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var treat = recipe.Steps.OfType<Step.Treat>().FirstOrDefault(t => t.Method is Treatment.TreatmentMethod.Default)
            ?? throw new ArgumentException("A winsorisation factor needs a treat step with the default method.", nameof(recipe));
        var method = (Treatment.TreatmentMethod.Default)treat.Method;
        return recipe with
        {
            Steps = recipe.Steps.SetItem(recipe.Steps.IndexOf(treat), treat with { Method = method with { WinsorisationLimit = limit } }),
        };
    }

    /// <summary>The recipe without indicator <paramref name="indicator"/> (its node removed; nothing else changes).</summary>
    /// <exception cref="ArgumentException">No indicator node has that code.</exception>
    public static Recipe WithoutIndicator(Recipe recipe, string indicator)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var node = recipe.Nodes.FirstOrDefault(n => n.Code == indicator && n.Kind == NodeKind.Indicator)
            ?? throw new ArgumentException($"The recipe has no indicator '{indicator}'.", nameof(indicator));
        return recipe with { Nodes = recipe.Nodes.Remove(node) };
    }
}
