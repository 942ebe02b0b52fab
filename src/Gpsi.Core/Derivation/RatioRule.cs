namespace Gpsi.Core.Derivation;

/// <summary>
/// Evaluates <see cref="DerivationRule.Ratio"/>: numerator / denominator × scale where both are present; a zero
/// denominator leaves the country-year out and is noted per year.
/// </summary>
internal static class RatioRule
{
    public static void Evaluate(DerivationRule.Ratio rule, DerivationScope scope)
    {
        var numerator = scope.Input(rule.Numerator);
        var denominator = scope.Input(rule.Denominator);
        var scale = rule.Scale == 1 ? string.Empty : " × " + DerivationScope.Number(rule.Scale);
        var text = $"ratio {rule.Numerator} / {rule.Denominator}{scale}";
        var zeros = new SortedDictionary<int, int>();
        foreach (var top in numerator.All)
        {
            if (!denominator.TryGet(top.Country, top.Year, out var bottom))
            {
                continue;
            }

            var value = top.Value / bottom.Value * rule.Scale;
            if (bottom.Value == 0 || !double.IsFinite(value))
            {
                zeros[top.Year] = zeros.GetValueOrDefault(top.Year) + 1;
                continue;
            }

            var unit = $"{top.Provenance.Unit} per{scale.Replace(" × ", " ", StringComparison.Ordinal)} {bottom.Provenance.Unit}";
            scope.Emit(top.Country, top.Year, value, [top, bottom], unit, text);
        }

        foreach (var (year, count) in zeros)
        {
            scope.Note(year, rule.Denominator, false, count,
                $"{count} countries with {rule.Denominator} 0 (or a non-finite ratio) in {year}: left out");
        }
    }
}
