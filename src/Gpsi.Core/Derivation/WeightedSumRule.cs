using System.Text;
using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>
/// Evaluates <see cref="DerivationRule.WeightedSum"/>. Per year: a term whose series has no value that year is
/// absent (left out, noted); present where the base is; a term with values that year but none for the country counts
/// 0 when <see cref="WeightedTerm.AbsentIsZero"/>, else the country-year is missing. A year in which no term has
/// data gives no values (a sum of nothing is unknown, not 0). Notes: one per year with values, per term.
/// </summary>
internal static class WeightedSumRule
{
    public static void Evaluate(DerivationRule.WeightedSum rule, DerivationScope scope)
    {
        var terms = rule.Terms.Select(t => scope.Input(t.Series)).ToArray();
        var baseSeries = scope.Input(rule.Base);
        var formula = Formula(rule.Terms);
        var baseIsTerm = rule.Terms.Any(t => t.Series == rule.Base);
        var byYear = baseSeries.All.GroupBy(o => o.Year).OrderBy(g => g.Key);
        foreach (var year in byYear)
        {
            var present = terms.Select(t => t.CountriesIn(year.Key) > 0).ToArray();
            if (!present.Contains(true))
            {
                // No component has data this year (e.g. GTD's 1993, UCDP after its last year): missing, not 0.
                continue;
            }

            for (var k = 0; k < terms.Length; k++)
            {
                var name = rule.Terms[k].Name;
                scope.Note(year.Key, name, present[k], terms[k].CountriesIn(year.Key),
                    present[k] ? null : $"no {name} data in {year.Key}: term left out");
            }

            var absent = rule.Terms.Where((_, k) => !present[k]).Select(t => t.Name).ToArray();
            var yearText = absent.Length == 0 ? formula : $"{formula} ({year.Key}: {string.Join(", ", absent)} absent)";
            foreach (var at in year)
            {
                Country(rule, scope, terms, present, at, baseIsTerm, yearText);
            }
        }
    }

    private static void Country(DerivationRule.WeightedSum rule, DerivationScope scope, SeriesValues[] terms,
        bool[] present, Observation at, bool baseIsTerm, string yearText)
    {
        var inputs = new List<Observation>(terms.Length + 1);
        List<string>? zero = null;
        var total = 0.0;
        for (var k = 0; k < terms.Length; k++)
        {
            if (!present[k])
            {
                continue;
            }

            if (terms[k].TryGet(at.Country, at.Year, out var term))
            {
                inputs.Add(term);
                total += rule.Terms[k].Weight * term.Value;
            }
            else if (rule.Terms[k].AbsentIsZero)
            {
                (zero ??= []).Add(rule.Terms[k].Name);

                // The source that lists nothing for this country is still where the 0 comes from: name it (no line).
                if (terms[k].SourceIn(at.Year) is { } source)
                {
                    inputs.Add(new Observation(at.Country, rule.Terms[k].Series, at.Year, 0, source));
                }
            }
            else
            {
                return;
            }
        }

        if (!double.IsFinite(total))
        {
            return;
        }

        var unit = inputs.Count == 0 ? "score" : DerivationScope.UnitsOf(inputs);
        if (!baseIsTerm)
        {
            inputs.Add(at);
        }

        var text = zero is null ? yearText : $"{yearText}; {string.Join(", ", zero)}: none recorded for {at.Country}, counted 0";
        scope.Emit(at.Country, at.Year, total, inputs, unit, text);
    }

    /// <summary>E.g. <c>weighted-sum 1·incidents + 3·deaths − 0.5·injuries</c>.</summary>
    private static string Formula(IReadOnlyList<WeightedTerm> terms)
    {
        var text = new StringBuilder("weighted-sum ");
        for (var k = 0; k < terms.Count; k++)
        {
            var weight = terms[k].Weight;
            if (k > 0)
            {
                text.Append(weight < 0 ? " − " : " + ");
                weight = Math.Abs(weight);
            }

            text.Append(DerivationScope.Number(weight)).Append('·').Append(terms[k].Name);
        }

        return text.ToString();
    }
}
