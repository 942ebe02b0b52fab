using System.Collections.Immutable;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;

namespace Gpsi.Cli;

/// <summary>
/// Step overrides given on the command line (<c>--normalise zscore:0,1</c>, <c>--aggregate gmean</c>, …): each
/// replaces the recipe's step of that kind, or is inserted in the usual step order when the recipe has none, so an
/// analyst can try a variant without editing the recipe. The changed recipe has its own hash.
/// </summary>
public sealed record RecipeOverrides
{
    private static readonly string[] Order = ["denominate", "screen", "impute", "treat", "normalise", "weight", "aggregate"];

    /// <summary>Add a denominate step.</summary>
    public bool Denominate { get; init; }

    /// <summary>Screen units below this data availability.</summary>
    public double? Screen { get; init; }

    /// <summary>Imputation method syntax (replaces every impute step).</summary>
    public string? Impute { get; init; }

    /// <summary>Treatment method syntax.</summary>
    public string? Treat { get; init; }

    /// <summary>Normalisation method syntax.</summary>
    public string? Normalise { get; init; }

    /// <summary>Normalisation reference: per-year or pooled.</summary>
    public NormalisationReference? Reference { get; init; }

    /// <summary>Weighting method syntax.</summary>
    public string? Weights { get; init; }

    /// <summary>Aggregation method syntax (for every level).</summary>
    public string? Aggregate { get; init; }

    /// <summary>True when nothing is overridden.</summary>
    public bool IsEmpty => this == new RecipeOverrides();

    /// <summary>Applies the overrides; on bad syntax returns null and the message naming the option.</summary>
    public Recipe? Apply(Recipe recipe, out string? error)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        error = null;
        var steps = recipe.Steps.ToList();
        if (Denominate)
        {
            Put(steps, new Step.Denominate());
        }

        if (Screen is { } screen)
        {
            if (screen is < 0 or > 1)
            {
                error = $"--screen: expected a share between 0 and 1, found {screen}";
                return null;
            }

            Put(steps, steps.OfType<Step.Screen>().FirstOrDefault() is { } s
                ? s with { MinAvailability = screen }
                : new Step.Screen(screen));
        }

        if (Impute is { } impute)
        {
            var parsed = MethodSyntax.ParseImputation(impute);
            if (!parsed.Succeeded)
            {
                error = Message("--impute", parsed);
                return null;
            }

            var at = steps.FindIndex(s => s is Step.Impute);
            steps.RemoveAll(s => s is Step.Impute);
            Put(steps, new Step.Impute(parsed.Method), at);
        }

        if (Treat is { } treat)
        {
            var parsed = MethodSyntax.ParseTreatment(treat);
            if (!parsed.Succeeded)
            {
                error = Message("--treat", parsed);
                return null;
            }

            Put(steps, new Step.Treat(parsed.Method));
        }

        if (Normalise is not null || Reference is not null)
        {
            var existing = steps.OfType<Step.Normalise>().FirstOrDefault();
            var method = existing?.Method ?? new NormalisationMethod.MinMax();
            var perIndicator = existing?.PerIndicator;
            if (Normalise is { } normalise)
            {
                var parsed = MethodSyntax.ParseNormalisation(normalise);
                if (!parsed.Succeeded)
                {
                    error = Message("--normalise", parsed);
                    return null;
                }

                method = parsed.Method;
                perIndicator = null;
            }

            Put(steps, new Step.Normalise(method, Reference ?? existing?.Reference ?? NormalisationReference.PerYear,
                perIndicator));
        }

        if (Weights is { } weights)
        {
            var parsed = MethodSyntax.ParseWeighting(weights);
            if (!parsed.Succeeded)
            {
                error = Message("--weights", parsed);
                return null;
            }

            Put(steps, new Step.Weight(parsed.Method));
        }

        if (Aggregate is { } aggregate)
        {
            var parsed = MethodSyntax.ParseAggregation(aggregate);
            if (!parsed.Succeeded)
            {
                error = Message("--aggregate", parsed);
                return null;
            }

            var existing = steps.OfType<Step.Aggregate>().FirstOrDefault();
            Put(steps, new Step.Aggregate(parsed.Method, null, existing?.MinAvailability));
        }

        return recipe with { Steps = [.. steps] };
    }

    private static string Message<T>(string option, MethodParseResult<T> parsed)
        where T : class => $"{option}: {parsed.Error}; found '{parsed.Found}', expected {parsed.Expected}";

    private static void Put(List<Step> steps, Step step, int at = -1)
    {
        var existing = steps.FindIndex(s => s.Kind == step.Kind);
        if (existing >= 0)
        {
            steps[existing] = step;
            return;
        }

        if (at >= 0)
        {
            steps.Insert(at, step);
            return;
        }

        var rank = Array.IndexOf(Order, step.Kind);
        var before = steps.FindIndex(s => Array.IndexOf(Order, s.Kind) > rank);
        steps.Insert(before < 0 ? steps.Count : before, step);
    }
}
