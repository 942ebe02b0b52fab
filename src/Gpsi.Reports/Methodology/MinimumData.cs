using System.Globalization;
using Gpsi.Core.Recipes;

namespace Gpsi.Reports.Methodology;

/// <summary>The recipe's minimum-data rule (its screen steps) in words.</summary>
internal static class MinimumData
{
    /// <summary>The rule in English, or null when the recipe has no screen step.</summary>
    public static string? Rule(Recipe recipe)
    {
        var rules = recipe.Steps.OfType<Step.Screen>().Select(Describe).ToList();
        return rules.Count == 0 ? null : string.Join("; ", rules);
    }

    public static string Describe(Step.Screen s)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"a country is ranked in an edition when at least {s.MinAvailability * 100:0.#}% of its indicators have a value");
        if (s.MinPerAggregate is not null || s.MinAggregates is not null)
        {
            var level = s.AggregateLevel == 2 ? "dimension" : $"level-{s.AggregateLevel} aggregate";
            var k = s.MinPerAggregate ?? 1;
            var which = s.MinAggregates is { } m ? $"at least {m} {level}s have" : $"every {level} has";
            text += string.Create(CultureInfo.InvariantCulture, $" and {which} at least {k} indicator{(k == 1 ? string.Empty : "s")} with a value");
        }

        return text;
    }
}
