using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Uncertainty;

/// <summary>A recipe with one choice changed: what a factor of an uncertainty analysis does to the nominal recipe.</summary>
public static class RecipeVariation
{
    /// <summary>The recipe with every node's weight replaced by <paramref name="weights"/> (indexed as <paramref name="tree"/>'s nodes).</summary>
    public static Recipe WithWeights(Recipe recipe, IndexTree tree, double[] weights) => recipe with
    {
        Nodes = [.. recipe.Nodes.Select(n => n with { Weight = weights[tree.IndexOf(n.Code)] })],
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
}
