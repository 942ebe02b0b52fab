using System.Globalization;
using Gpsi.Core.Recipes;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Methodology;

/// <summary>The recipe's minimum-data rule (its screen steps) in words.</summary>
internal static class MinimumData
{
    /// <summary>The rule, or null when the recipe has no screen step.</summary>
    public static string? Rule(Recipe recipe, Words w)
    {
        var rules = recipe.Steps.OfType<Step.Screen>().Select(s => Describe(s, w)).ToList();
        return rules.Count == 0 ? null : string.Join("; ", rules);
    }

    public static string Describe(Step.Screen s, Words w)
    {
        var text = w.F("rule.availability", (s.MinAvailability * 100).ToString("0.#", CultureInfo.InvariantCulture));
        if (s.MinPerAggregate is not null || s.MinAggregates is not null)
        {
            var level = s.AggregateLevel == 2 ? w["rule.dimension"] : w.F("rule.aggregate", s.AggregateLevel);
            var k = s.MinPerAggregate ?? 1;
            text += s.MinAggregates is { } m ? w.F("rule.some", level, k, m) : w.F("rule.every", level, k);
        }

        return text;
    }
}
