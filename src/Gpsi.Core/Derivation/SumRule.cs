using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>Evaluates <see cref="DerivationRule.Sum"/>: present only where every term is.</summary>
internal static class SumRule
{
    public static void Evaluate(DerivationRule.Sum rule, DerivationScope scope)
    {
        var terms = rule.Series.Select(scope.Input).ToArray();
        var text = "sum " + string.Join(" + ", rule.Series);
        foreach (var first in terms[0].All)
        {
            var inputs = new List<Observation>(terms.Length) { first };
            var total = first.Value;
            for (var k = 1; k < terms.Length; k++)
            {
                if (!terms[k].TryGet(first.Country, first.Year, out var term))
                {
                    inputs = null;
                    break;
                }

                inputs.Add(term);
                total += term.Value;
            }

            if (inputs is not null && double.IsFinite(total))
            {
                scope.Emit(first.Country, first.Year, total, inputs, DerivationScope.UnitsOf(inputs), text);
            }
        }
    }
}
