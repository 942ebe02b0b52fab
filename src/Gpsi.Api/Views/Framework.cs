using Gpsi.Core.Recipes;
using Gpsi.Core.Results;

namespace Gpsi.Api.Views;

/// <summary>Builds <see cref="ApiFramework"/> from a year's run and recipe.</summary>
internal static class Framework
{
    public static ApiFramework Build(YearView y)
    {
        var recipe = y.Run.Recipe;
        var sources = new NodeSources(y.Run);
        var bands = recipe.Bands is BandRule.Fixed f
            ? new ApiBands([.. f.Thresholds], [.. f.Labels], [.. f.Labels.Select(l => ApiNames.Band(l)!)])
            : new ApiBands([], [.. y.Bands], [.. y.Bands.Select(l => ApiNames.Band(l)!)]);
        var nodes = y.Run.Nodes.Select(n => new ApiFrameworkNode(n.Code, n.Name, ApiNames.Node(n), ApiNames.Kind(n),
            n.Level, n.Parent, n.Weight, ApiNames.Direction(n), n.Unit, n.Type, n.Series, n.Reason,
            sources.Of(n.Code))).ToList();
        return new ApiFramework(y.Year, y.EditionId, y.RecipeHash, recipe.Name, recipe.Title, Aggregation(y), bands,
            nodes);
    }

    /// <summary>The root's aggregation method as the recipe writes it: the last aggregate step's method for the
    /// root's level; null without an aggregate step.</summary>
    private static string? Aggregation(YearView y)
    {
        if (y.Run.Recipe.Steps.OfType<Step.Aggregate>().LastOrDefault() is not { } step)
        {
            return null;
        }

        var method = step.ByLevel is { } byLevel && byLevel.TryGetValue(y.Root.Level, out var m) ? m : step.Method;
        return MethodSyntax.Format(method);
    }
}
