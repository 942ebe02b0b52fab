namespace Gpsi.Core.Derivation;

/// <summary>
/// Evaluates <see cref="DerivationRule.Change"/>: x(t) − x(t − years), or the percent change; a zero base leaves a
/// percent change out and is noted per year.
/// </summary>
internal static class ChangeRule
{
    public static void Evaluate(DerivationRule.Change rule, DerivationScope scope)
    {
        var series = scope.Input(rule.Series);
        var span = rule.Years == 1 ? "1 year" : $"{rule.Years} years";
        var zeros = new SortedDictionary<int, int>();
        foreach (var now in series.All)
        {
            if (!series.TryGet(now.Country, now.Year - rule.Years, out var then))
            {
                continue;
            }

            double value;
            string text;
            if (rule.Percent)
            {
                value = 100 * (now.Value - then.Value) / then.Value;
                if (then.Value == 0 || !double.IsFinite(value))
                {
                    zeros[now.Year] = zeros.GetValueOrDefault(now.Year) + 1;
                    continue;
                }

                text = $"percent change of {rule.Series} over {span}: 100·(x({now.Year}) − x({then.Year}))/x({then.Year})";
            }
            else
            {
                value = now.Value - then.Value;
                text = $"change of {rule.Series} over {span}: x({now.Year}) − x({then.Year})";
            }

            scope.Emit(now.Country, now.Year, value, [then, now], rule.Percent ? "%" : now.Provenance.Unit, text);
        }

        foreach (var (year, count) in zeros)
        {
            scope.Note(year, rule.Series, false, count,
                $"{count} countries with {rule.Series} 0 in {year - rule.Years}: no percent change for {year}");
        }
    }
}
