using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>
/// Evaluates <see cref="DerivationRule.LogScale"/>: Max·ln(1 + x)/ln(1 + M) with M the largest value over every
/// country and year (all values 0: every result 0). Negative values are left out with one error (count and first).
/// </summary>
internal static class LogScaleRule
{
    public static void Evaluate(DerivationRule.LogScale rule, DerivationScope scope)
    {
        var series = scope.Input(rule.Series);
        var max = 0.0;
        var negatives = 0;
        Observation? firstNegative = null;
        foreach (var value in series.All)
        {
            if (value.Value < 0)
            {
                negatives++;
                firstNegative ??= value;
            }
            else
            {
                max = Math.Max(max, value.Value);
            }
        }

        if (firstNegative is not null)
        {
            scope.Error("derive.negative-log",
                $"'{rule.Series}' has {negatives} negative values (first {firstNegative.Country} {firstNegative.Year}); " +
                "a log scale needs values ≥ 0, so they are left out.",
                "series", DerivationScope.Number(firstNegative.Value), "a value ≥ 0", firstNegative);
        }

        var denominator = Math.Log(1 + max);
        var scale = DerivationScope.Number(rule.Max);
        var text = $"log scale 0–{scale}: {scale}·ln(1 + x)/ln(1 + {DerivationScope.Number(max)}), the largest {rule.Series}";
        foreach (var value in series.All)
        {
            if (value.Value < 0)
            {
                continue;
            }

            // Ratio first, so that x = M gives exactly 1 and the result exactly Max.
            var result = max == 0 ? 0 : rule.Max * (Math.Log(1 + value.Value) / denominator);
            if (double.IsFinite(result))
            {
                scope.Emit(value.Country, value.Year, result, [value], $"log scale 0–{scale}", text);
            }
        }
    }
}
