using Gpsi.Core.Diagnostics;

namespace Gpsi.Core.Derivation;

/// <summary>What a derived series must satisfy before it is evaluated: known inputs and parameters in range.</summary>
internal static class DerivationChecks
{
    /// <summary>
    /// False (with a <c>derive.unknown-series</c> error each) when an input is neither loaded nor derived earlier.
    /// Warns once per series (tracked in <paramref name="warned"/>) about duplicated country-years in an input.
    /// </summary>
    /// <param name="scope">The derived series being checked.</param>
    /// <param name="known">The series it may read: loaded ones some rule reads, and derived ones so far.</param>
    /// <param name="loaded">Every loaded series code (for "did you mean").</param>
    /// <param name="warned">Series already warned about.</param>
    public static bool Inputs(DerivationScope scope, IReadOnlyDictionary<string, SeriesValues> known,
        IReadOnlySet<string> loaded, HashSet<string> warned)
    {
        var inputs = scope.Series.Rule.Inputs;
        var ok = true;
        for (var j = 0; j < inputs.Length; j++)
        {
            var code = inputs[j];
            if (!known.TryGetValue(code, out var series))
            {
                var closest = Suggestions.Closest(code, known.Keys.Union(loaded).Order(StringComparer.Ordinal));
                scope.Error("derive.unknown-series",
                    $"'{scope.Code}' reads '{code}', which is neither a loaded series nor a derived series listed earlier" +
                    (closest is null ? "." : $"; did you mean '{closest}'?"),
                    InputField(scope.Series.Rule, j), code, "a loaded series or a derived series listed before this one");
                ok = false;
            }
            else if (series.Duplicates > 0 && warned.Add(code))
            {
                var first = series.FirstDuplicate!;
                scope.Diagnostics.Add(Diagnostic.Warning("derive.duplicate-input",
                    $"'{code}' has {series.Duplicates} duplicated country-years (first {first.Country} {first.Year}); " +
                    "the first value of each is used.",
                    new SourceLocation(first.Provenance.File, first.Provenance.Line, null, scope.Field(InputField(scope.Series.Rule, j))),
                    $"{first.Country} {first.Year} twice", "one value per country and year"));
            }
        }

        return ok;
    }

    /// <summary>False (with a <c>derive.invalid-rule</c> error) when the rule's parameters are out of range.</summary>
    public static bool Parameters(DerivationScope scope)
    {
        var problem = scope.Series.Rule switch
        {
            DerivationRule.Sum { Series.Length: 0 } => ("series", "no series", "at least one series"),
            DerivationRule.Combine { Series.Length: 0 } => ("series", "no series", "at least one series"),
            DerivationRule.Ratio r when !double.IsFinite(r.Scale) => ("scale", DerivationScope.Number(r.Scale), "a finite number"),
            DerivationRule.Change { Years: < 1 } c => ("years", c.Years.ToString(), "a whole number ≥ 1"),
            DerivationRule.WeightedSum { Terms.Length: 0 } => ("terms", "no terms", "at least one term"),
            DerivationRule.WeightedSum w when w.Terms.Any(t => !double.IsFinite(t.Weight)) =>
                ("terms", string.Join(", ", w.Terms.Select(t => DerivationScope.Number(t.Weight))), "finite weights"),
            DerivationRule.Window { Weights.Length: 0 } => ("weights", "no weights", "at least one weight"),
            DerivationRule.Window w when w.Weights.Any(x => !double.IsFinite(x) || x < 0) || !(w.Weights.Sum() > 0) =>
                ("weights", string.Join(", ", w.Weights.Select(DerivationScope.Number)), "finite weights ≥ 0 with a positive sum"),
            DerivationRule.LogScale l when !(l.Max > 0 && double.IsFinite(l.Max)) =>
                ("max", DerivationScope.Number(l.Max), "a finite number > 0"),
            _ => ((string Member, string Found, string Expected)?)null,
        };
        if (problem is not { } p)
        {
            return true;
        }

        scope.Error("derive.invalid-rule", $"'{scope.Code}': {p.Member} is {p.Found}; expected {p.Expected}.",
            p.Member, p.Found, p.Expected);
        return false;
    }

    /// <summary>The field path of input <paramref name="j"/> of <paramref name="rule"/> within its entry.</summary>
    public static string InputField(DerivationRule rule, int j) => rule switch
    {
        DerivationRule.Sum or DerivationRule.Combine => $"series[{j}]",
        DerivationRule.Ratio => j == 0 ? "numerator" : "denominator",
        DerivationRule.WeightedSum w => j < w.Terms.Length ? $"terms[{j}].series" : "base",
        _ => "series",
    };
}
