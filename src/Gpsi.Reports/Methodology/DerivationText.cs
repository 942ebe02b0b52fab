using System.Globalization;
using Gpsi.Core.Derivation;

namespace Gpsi.Reports.Methodology;

/// <summary>A derived series' rule in words and as a formula (English, like the recipe).</summary>
internal static class DerivationText
{
    public static (string Words, string Formula) Describe(DerivationRule rule) => rule switch
    {
        DerivationRule.Sum s => ($"The sum of {List(s.Series)}; present only when every term is.", string.Join(" + ", s.Series)),
        DerivationRule.Combine c => ($"One series from {List(c.Series)}, which cover different years: each country-year takes the value of the one that has it.",
            string.Join(" ∪ ", c.Series)),
        DerivationRule.Ratio r => ($"{r.Numerator} divided by {r.Denominator}{(r.Scale == 1 ? string.Empty : $", times {G(r.Scale)}")}, same country and year.",
            $"{r.Numerator} / {r.Denominator}{(r.Scale == 1 ? string.Empty : $" × {G(r.Scale)}")}"),
        DerivationRule.Change { Percent: true } ch => ($"The percentage change of {ch.Series} over {ch.Years} years (missing when the earlier value is 0).",
            $"100 × ({ch.Series}(t) − {ch.Series}(t−{ch.Years})) / {ch.Series}(t−{ch.Years})"),
        DerivationRule.Change ch => ($"The change of {ch.Series} over {ch.Years} years.", $"{ch.Series}(t) − {ch.Series}(t−{ch.Years})"),
        DerivationRule.WeightedSum ws => (WeightedSumWords(ws), string.Join(" + ", ws.Terms.Select(t => $"{G(t.Weight)}·{t.Name}"))),
        DerivationRule.Window wi => ($"A weighted sum of {wi.Series} over the current and {wi.Weights.Length - 1} earlier years, current year first, divided by the weights' total; present when the current year is; an earlier year without a value counts as 0 and is reported.",
            $"({string.Join(" + ", wi.Weights.Select((w, k) => $"{G(w)}·{wi.Series}(t{(k == 0 ? string.Empty : $"−{k}")})"))}) / {G(wi.Weights.Sum())}"),
        DerivationRule.LogScale l => ($"A log-banded scale from 0 to {G(l.Max)}: each step of {G(l.Max / 20)} is the same ratio of raw values, and the scale is the same for every year (M is the largest value of {l.Series} over every country and year).",
            $"{G(l.Max)} · ln(1 + {l.Series}) / ln(1 + M)"),
        _ => (rule.GetType().Name, string.Join(", ", rule.Inputs)),
    };

    private static string WeightedSumWords(DerivationRule.WeightedSum ws)
    {
        var terms = string.Join("; ", ws.Terms.Select(t =>
            $"{t.Name} = {t.Series} × {G(t.Weight)}{(t.AbsentIsZero ? " (a country without a value counts 0 in a year the source has data)" : string.Empty)}"));
        return $"A weighted sum per country and year, present when {ws.Base} is: {terms}. A component with no data at all in a year is left out that year and reported below.";
    }

    private static string List(IEnumerable<string> series) => string.Join(", ", series);

    private static string G(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
