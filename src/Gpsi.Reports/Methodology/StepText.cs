using System.Globalization;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Weighting;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Methodology;

/// <summary>A build step's method in the recipe's own syntax, with its parameters.</summary>
internal static class StepText
{
    public static string Describe(Step step, Words w) => step switch
    {
        Step.Denominate => w["step.denominate"],
        Step.Screen s => MinimumData.Describe(s, w),
        Step.Impute i => MethodSyntax.Format(i.Method),
        Step.Treat t => MethodSyntax.Format(t.Method) + PerIndicator(t.PerIndicator, m => MethodSyntax.Format(m)),
        Step.Normalise n => MethodSyntax.Format(n.Method)
            + (n.Reference == NormalisationReference.Pooled ? w["step.pooled"] : w["step.perYear"])
            + PerIndicator(n.PerIndicator, m => MethodSyntax.Format(m)),
        Step.Weight { Method: WeightingMethod.Set set } => $"weight set {set.Name}: "
            + string.Join(", ", set.Weights.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.###}"))),
        Step.Weight weight => MethodSyntax.Format(weight.Method),
        Step.Aggregate a => MethodSyntax.Format(a.Method)
            + (a.ByLevel is { Count: > 0 } byLevel
                ? "; " + string.Join(", ", byLevel.Select(p => $"level {p.Key}: {MethodSyntax.Format(p.Value)}"))
                : string.Empty)
            + (a.MinAvailability is { } min ? w.F("step.aggregateMin", (min * 100).ToString("0.#", CultureInfo.InvariantCulture)) : string.Empty),
        _ => step.Kind,
    };

    private static string PerIndicator<T>(System.Collections.Immutable.ImmutableSortedDictionary<string, T>? map, Func<T, string> format) =>
        map is { Count: > 0 } ? "; " + string.Join(", ", map.Select(p => $"{p.Key}: {format(p.Value)}")) : string.Empty;
}
