using Gpsi.Core.Derivation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Data.Editions;

/// <summary>
/// Where in a catalogue-based recipe a series is read: the field paths (<c>indicators[0].series</c>,
/// <c>variables[0].series</c>, <c>derived[3].sum</c>) a diagnostic names, so that the reader can give its file, line
/// and column.
/// </summary>
public static class SeriesReaders
{
    /// <summary>Every field that reads <paramref name="series"/>, in recipe order.</summary>
    public static IReadOnlyList<string> FieldsReading(Recipe recipe, string series)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var fields = new List<string>();
        var indicators = recipe.Nodes.Where(n => n.Kind == NodeKind.Indicator).ToList();
        for (var i = 0; i < indicators.Count; i++)
        {
            if ((indicators[i].Series ?? indicators[i].Code) == series)
            {
                fields.Add($"indicators[{i}].series");
            }
        }

        for (var i = 0; i < recipe.Variables.Length; i++)
        {
            if (recipe.Variables[i].Role == VariableRole.Denominator && (recipe.Variables[i].Series ?? recipe.Variables[i].Code) == series)
            {
                fields.Add($"variables[{i}].series");
            }
        }

        for (var i = 0; i < recipe.Derived.Length; i++)
        {
            if (recipe.Derived[i].Rule.Inputs.Contains(series))
            {
                fields.Add($"derived[{i}].{RuleKey(recipe.Derived[i].Rule)}");
            }
        }

        return fields;
    }

    private static string RuleKey(DerivationRule rule) => rule switch
    {
        DerivationRule.Sum => "sum",
        DerivationRule.Combine => "combine",
        DerivationRule.Ratio => "ratio",
        DerivationRule.Change => "change",
        DerivationRule.WeightedSum => "weighted-sum",
        DerivationRule.Window => "window",
        DerivationRule.LogScale => "log-scale",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown derivation rule."),
    };
}
