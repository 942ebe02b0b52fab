using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>
/// Evaluates a recipe's derived series (<see cref="DerivedSeries"/>) over loaded observations, in list order, so a
/// derived series may read catalogue series and derived series listed before it.
/// </summary>
public static class Deriver
{
    /// <summary>
    /// Computes every derived series per country and year by its <see cref="DerivationRule"/> (see each rule for
    /// when a value is present). Each derived value carries merged provenance: the input source ids joined with "+",
    /// files with "; ", the line when exactly one input observation, vintages with "; ", the derived unit (or one
    /// stated by the rule from the inputs' units), the inputs' transformations (distinct, in order) then one line
    /// describing this rule for this value, and the union of the inputs' flags with <see cref="ObservationFlags.Derived"/>.
    /// </summary>
    /// <remarks>
    /// Problems are diagnostics, never exceptions: an input that is neither loaded nor derived earlier
    /// (<c>derive.unknown-series</c>, the entry is skipped and later entries that read it see an empty series), a code
    /// already used (<c>derive.duplicate-series</c>), rule parameters out of range (<c>derive.invalid-rule</c>: Change
    /// years &lt; 1, a Window with no weights, negative weights or weights summing to 0, a LogScale Max ≤ 0 or a
    /// non-finite Ratio scale or term weight, a WeightedSum with no terms), duplicated input country-years
    /// (<c>derive.duplicate-input</c>, warning, the first is kept), Combine inputs overlapping
    /// (<c>derive.combine-overlap</c>) and negative values on a log scale (<c>derive.negative-log</c>).
    /// Notes: WeightedSum one per year per term (whether it has data that year, for how many countries); Window one
    /// per year (<see cref="DerivationNote.Countries"/> = countries that counted an earlier missing year as 0,
    /// Available = none did); Combine per year each input that covers it; Ratio and percent Change the years where a
    /// zero denominator or base left countries out. Time and memory are linear in the number of observations
    /// (values are sorted per derived series).
    /// </remarks>
    /// <param name="derived">The derived series, in recipe order.</param>
    /// <param name="observations">The loaded observations (their <see cref="Observation.Indicator"/> is the series code).</param>
    /// <returns>Derived observations ordered by series (recipe order), country (ordinal), year; notes; diagnostics.</returns>
    public static DerivationResult Evaluate(IReadOnlyList<DerivedSeries> derived, IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(observations);
        // Index only the series some rule reads; every loaded code is still known (for duplicate codes).
        var read = derived.SelectMany(d => d.Rule.Inputs).ToHashSet(StringComparer.Ordinal);
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        var known = new Dictionary<string, SeriesValues>(StringComparer.Ordinal);
        string? last = null;
        SeriesValues? series = null;
        foreach (var observation in observations)
        {
            // Observations usually come series by series: look the series up only when it changes.
            if (!ReferenceEquals(observation.Indicator, last))
            {
                last = observation.Indicator;
                series = null;
                if (loaded.Add(last) && read.Contains(last))
                {
                    known[last] = new SeriesValues();
                }

                series = known.GetValueOrDefault(last);
            }

            series?.Add(observation);
        }

        var values = ImmutableArray.CreateBuilder<Observation>();
        var notes = ImmutableArray.CreateBuilder<DerivationNote>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var warned = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < derived.Count; i++)
        {
            var entry = derived[i];
            var scope = new DerivationScope(entry, i, known);
            if (known.ContainsKey(entry.Code) || loaded.Contains(entry.Code))
            {
                scope.Error("derive.duplicate-series", $"'{entry.Code}' is already a series; a derived series needs a new code.",
                    "code", entry.Code, "a code not used by a loaded or earlier derived series");
                diagnostics.AddRange(scope.Diagnostics);
                continue;
            }

            if (DerivationChecks.Inputs(scope, known, loaded, warned) && DerivationChecks.Parameters(scope))
            {
                Run(entry.Rule, scope);
            }

            var result = scope.Values();
            var output = new SeriesValues();
            foreach (var value in result)
            {
                output.Add(value);
            }

            known[entry.Code] = output;
            values.AddRange(result);
            notes.AddRange(scope.Notes);
            diagnostics.AddRange(scope.Diagnostics);
        }

        return new DerivationResult(values.ToImmutable(), notes.ToImmutable(), diagnostics.ToImmutable());
    }

    private static void Run(DerivationRule rule, DerivationScope scope)
    {
        switch (rule)
        {
            case DerivationRule.Sum sum:
                SumRule.Evaluate(sum, scope);
                break;
            case DerivationRule.Combine combine:
                CombineRule.Evaluate(combine, scope);
                break;
            case DerivationRule.Ratio ratio:
                RatioRule.Evaluate(ratio, scope);
                break;
            case DerivationRule.Change change:
                ChangeRule.Evaluate(change, scope);
                break;
            case DerivationRule.WeightedSum weighted:
                WeightedSumRule.Evaluate(weighted, scope);
                break;
            case DerivationRule.Window window:
                WindowRule.Evaluate(window, scope);
                break;
            case DerivationRule.LogScale log:
                LogScaleRule.Evaluate(log, scope);
                break;
            default:
                throw new NotSupportedException($"No evaluation for derivation rule {rule.GetType().Name}.");
        }
    }
}
