using System.Globalization;
using Gpsi.Core.Derivation;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Methodology;

/// <summary>A derived series' rule in words (translated) and as a formula (the recipe's series codes).</summary>
internal static class DerivationText
{
    public static (string Words, string Formula) Describe(DerivationRule rule, Words w) => rule switch
    {
        DerivationRule.Sum s => (w.F("derive.sum", List(s.Series)), string.Join(" + ", s.Series)),
        DerivationRule.Combine c => (w.F("derive.combine", List(c.Series)), string.Join(" ∪ ", c.Series)),
        DerivationRule.Ratio { Scale: 1 } r => (w.F("derive.ratio", r.Numerator, r.Denominator), $"{r.Numerator} / {r.Denominator}"),
        DerivationRule.Ratio r => (w.F("derive.ratioScaled", r.Numerator, r.Denominator, G(r.Scale)), $"{r.Numerator} / {r.Denominator} × {G(r.Scale)}"),
        DerivationRule.Change { Percent: true } ch => (w.F("derive.changePercent", ch.Series, ch.Years),
            $"100 × ({ch.Series}(t) − {ch.Series}(t−{ch.Years})) / {ch.Series}(t−{ch.Years})"),
        DerivationRule.Change ch => (w.F("derive.change", ch.Series, ch.Years), $"{ch.Series}(t) − {ch.Series}(t−{ch.Years})"),
        DerivationRule.WeightedSum ws => (w.F("derive.weightedSum", ws.Base, string.Join(w.IsChinese ? "；" : "; ", ws.Terms.Select(t =>
                $"{t.Name} = {t.Series} × {G(t.Weight)}{(t.AbsentIsZero ? w["derive.absentIsZero"] : string.Empty)}"))),
            string.Join(" + ", ws.Terms.Select(t => $"{G(t.Weight)}·{t.Name}"))),
        DerivationRule.Window wi => (w.F("derive.window", wi.Series, wi.Weights.Length - 1),
            $"({string.Join(" + ", wi.Weights.Select((x, k) => $"{G(x)}·{wi.Series}(t{(k == 0 ? string.Empty : $"−{k}")})"))}) / {G(wi.Weights.Sum())}"),
        DerivationRule.LogScale l => (w.F("derive.logScale", G(l.Max), G(l.Max / 20), l.Series), $"{G(l.Max)} · ln(1 + {l.Series}) / ln(1 + M)"),
        _ => (rule.GetType().Name, string.Join(", ", rule.Inputs)),
    };

    private static string List(IEnumerable<string> series) => string.Join(", ", series);

    private static string G(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
