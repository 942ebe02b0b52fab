using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>
/// Evaluates <see cref="DerivationRule.Window"/>: Σ_k w[k]·x(t − k) / Σ w where x(t) is present, an earlier year
/// without a value counting 0. Notes: one per year, with how many countries counted an earlier missing year as 0.
/// </summary>
internal static class WindowRule
{
    public static void Evaluate(DerivationRule.Window rule, DerivationScope scope)
    {
        var series = scope.Input(rule.Series);
        var weights = rule.Weights;
        var total = weights.Sum();
        var list = string.Join(", ", weights.Select(DerivationScope.Number));
        var counted = new SortedDictionary<int, (int Countries, int WithMissing)>();
        foreach (var now in series.All)
        {
            var inputs = new List<Observation>(weights.Length) { now };
            var sum = weights[0] * now.Value;
            List<int>? missing = null;
            for (var k = 1; k < weights.Length; k++)
            {
                if (series.TryGet(now.Country, now.Year - k, out var earlier))
                {
                    inputs.Add(earlier);
                    sum += weights[k] * earlier.Value;
                }
                else
                {
                    (missing ??= []).Add(now.Year - k);
                }
            }

            var (countries, withMissing) = counted.GetValueOrDefault(now.Year);
            counted[now.Year] = (countries + 1, withMissing + (missing is null ? 0 : 1));
            var value = sum / total;
            if (!double.IsFinite(value))
            {
                continue;
            }

            var years = weights.Length == 1 ? $"{now.Year}" : $"{now.Year - weights.Length + 1}–{now.Year}";
            var text = $"window {list} over {years}, ÷ {DerivationScope.Number(total)}";
            if (missing is not null)
            {
                text += $" ({string.Join(", ", missing)} missing: 0)";
            }

            scope.Emit(now.Country, now.Year, value, inputs, now.Provenance.Unit, text);
        }

        foreach (var (year, (countries, withMissing)) in counted)
        {
            scope.Note(year, "window", withMissing == 0, withMissing, 
                $"{withMissing} of {countries} countries had an earlier year of the {weights.Length}-year window missing, counted 0");
        }
    }
}
