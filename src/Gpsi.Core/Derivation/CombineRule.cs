namespace Gpsi.Core.Derivation;

/// <summary>
/// Evaluates <see cref="DerivationRule.Combine"/>: each country-year from the one input that has it. A country-year
/// in two inputs is left out, with one error per pair of inputs (count and first example). Notes: per year, each
/// input that covers it and for how many countries.
/// </summary>
internal static class CombineRule
{
    public static void Evaluate(DerivationRule.Combine rule, DerivationScope scope)
    {
        var inputs = rule.Series.Select(scope.Input).ToArray();
        var text = "combined from " + string.Join(", ", rule.Series);
        for (var i = 0; i < inputs.Length; i++)
        {
            var overlaps = new int[inputs.Length];
            var firstOverlap = new (string Country, int Year)?[inputs.Length];
            foreach (var value in inputs[i].All)
            {
                var clash = false;
                for (var j = 0; j < inputs.Length; j++)
                {
                    if (j != i && inputs[j].TryGet(value.Country, value.Year, out _))
                    {
                        clash = true;
                        if (j > i)
                        {
                            overlaps[j]++;
                            firstOverlap[j] ??= (value.Country.Value, value.Year);
                        }
                    }
                }

                if (!clash)
                {
                    scope.Emit(value.Country, value.Year, value.Value, [value], value.Provenance.Unit,
                        $"{text}: this value from {rule.Series[i]}");
                }
            }

            for (var j = i + 1; j < inputs.Length; j++)
            {
                if (firstOverlap[j] is { } example)
                {
                    scope.Error("derive.combine-overlap",
                        $"'{rule.Series[i]}' and '{rule.Series[j]}' both have values for {overlaps[j]} country-years " +
                        $"(first {example.Country} {example.Year}); Combine needs inputs that cover different years, " +
                        "so those country-years are left out.",
                        $"series[{j}]", $"{example.Country} {example.Year} in both", "inputs with no country-year in common");
                }
            }
        }

        foreach (var year in inputs.SelectMany(s => s.Years).Distinct().Order())
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                var countries = inputs[i].CountriesIn(year);
                if (countries > 0)
                {
                    scope.Note(year, rule.Series[i], true, countries, $"{year} from {rule.Series[i]}");
                }
            }
        }
    }
}
