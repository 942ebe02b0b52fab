using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using Gpsi.Core.Uncertainty;

namespace Gpsi.Data.Uncertainty;

/// <summary>
/// Whether uncertain factors fit the recipe they vary, checked once the recipe is known (the factors reader cannot):
/// every excluded indicator exists and leaves its parent another child; a normalisation, aggregation or winsorisation
/// factor has its step (a normalise step, an aggregate step, a treat step with the default method). Each problem is a
/// diagnostic at the factor's value (or entry) in the file it was read from.
/// </summary>
public static class FactorChecks
{
    /// <summary>Checks <paramref name="factors"/> against <paramref name="recipe"/>; true when there is no error.</summary>
    /// <param name="recipe">The nominal recipe the factors vary.</param>
    /// <param name="factors">The factors.</param>
    /// <param name="origins">Where each factor is written (parallel to <paramref name="factors"/>); may be empty.</param>
    /// <param name="diagnostics">Receives the errors.</param>
    /// <param name="codePrefix">The first part of the codes: <c>factors</c> for a factors file, <c>recipe</c> inline.</param>
    public static bool Check(Recipe recipe, IReadOnlyList<Factor> factors, IReadOnlyList<FactorOrigin> origins,
        List<Diagnostic> diagnostics, string codePrefix = "factors")
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(origins);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count;
        var indicators = recipe.Nodes.Where(n => n.Kind == NodeKind.Indicator).Select(n => n.Code).ToList();
        for (var f = 0; f < factors.Count; f++)
        {
            var origin = f < origins.Count ? origins[f] : null;
            SourceLocation At(int value) => origin is null
                ? new SourceLocation(Field: factors[f].Name)
                : value >= 0 && value < origin.Values.Length ? origin.Values[value] : origin.Factor;
            void NoStep(string needs) => diagnostics.Add(Diagnostic.Error(codePrefix + ".no-step",
                $"Factor '{factors[f].Name}' varies a step the recipe does not have: it needs {needs}.", At(-1), null, needs));

            switch (factors[f])
            {
                case Factor.NormalisationChoice when !recipe.Steps.OfType<Step.Normalise>().Any():
                    NoStep("a normalise step");
                    break;
                case Factor.AggregationChoice when !recipe.Steps.OfType<Step.Aggregate>().Any():
                    NoStep("an aggregate step");
                    break;
                case Factor.WinsorisationLimit when !recipe.Steps.OfType<Step.Treat>().Any(t => t.Method is Core.Treatment.TreatmentMethod.Default):
                    NoStep("a treat step with the default (winsorising) method");
                    break;
                case Factor.IndicatorExclusion x:
                    for (var i = 0; i < x.Candidates.Length; i++)
                    {
                        Exclusion(recipe, indicators, x, x.Candidates[i], At(i), codePrefix, diagnostics);
                    }

                    break;
            }
        }

        return diagnostics.Skip(errors).All(d => d.Severity != Severity.Error);
    }

    private static void Exclusion(Recipe recipe, List<string> indicators, Factor.IndicatorExclusion factor, string code,
        SourceLocation at, string codePrefix, List<Diagnostic> diagnostics)
    {
        var node = recipe.Nodes.FirstOrDefault(n => n.Code == code && n.Kind == NodeKind.Indicator);
        if (node is null)
        {
            var hint = Suggestions.Closest(code, indicators) is { } near ? $"; did you mean '{near}'?" : ".";
            diagnostics.Add(Diagnostic.Error(codePrefix + ".unknown-indicator",
                $"Factor '{factor.Name}' excludes '{code}', which is not an indicator of recipe {recipe.Name}{hint}", at, code,
                "the code of one of the recipe's indicators"));
            return;
        }

        if (node.Parent is { } parent && recipe.Nodes.Count(n => n.Parent == parent) == 1)
        {
            diagnostics.Add(Diagnostic.Error(codePrefix + ".empty-parent",
                $"Factor '{factor.Name}' excludes '{code}', the only child of '{parent}', which would be left empty.", at, code,
                "an indicator with at least one sibling"));
        }
    }
}
