using System.Globalization;
using Gpsi.Core.Recipes;

namespace Gpsi.Cli;

/// <summary>A step's parameters in the recipe's own syntax, for logs.</summary>
public static class StepText
{
    /// <summary>E.g. <c>normalise minmax:0,100 (per-year)</c>.</summary>
    public static string Describe(Step step) => step switch
    {
        Step.Denominate => "denominate",
        Step.Screen s => "screen min-availability " + s.MinAvailability.ToString(CultureInfo.InvariantCulture) +
            (s.MinPerAggregate is { } k ? $", min-per-aggregate {k} at level {s.AggregateLevel}" : string.Empty),
        Step.Impute i => "impute " + MethodSyntax.Format(i.Method, explicitDefaults: true),
        Step.Treat t => "treat " + MethodSyntax.Format(t.Method, explicitDefaults: true) +
            (t.PerIndicator is { Count: > 0 } p ? ", per indicator: " + string.Join(", ", p.Select(kv => $"{kv.Key}={MethodSyntax.Format(kv.Value, explicitDefaults: true)}")) : string.Empty),
        Step.Normalise n => "normalise " + MethodSyntax.Format(n.Method, explicitDefaults: true) +
            (n.Reference == Core.Normalisation.NormalisationReference.Pooled ? " (pooled)" : " (per-year)") +
            (n.PerIndicator is { Count: > 0 } p ? ", per indicator: " + string.Join(", ", p.Select(kv => $"{kv.Key}={MethodSyntax.Format(kv.Value, explicitDefaults: true)}")) : string.Empty),
        Step.Weight w => "weight " + MethodSyntax.Format(w.Method, explicitDefaults: true),
        Step.Aggregate a => "aggregate " + MethodSyntax.Format(a.Method, explicitDefaults: true) +
            (a.ByLevel is { Count: > 0 } b ? ", by level: " + string.Join(", ", b.Select(kv => $"{kv.Key}={MethodSyntax.Format(kv.Value, explicitDefaults: true)}")) : string.Empty) +
            (a.MinAvailability is { } t ? ", min-availability " + t.ToString(CultureInfo.InvariantCulture) : string.Empty),
        _ => step.Kind,
    };
}
