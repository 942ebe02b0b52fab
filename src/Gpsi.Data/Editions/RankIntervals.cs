using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Building;
using Gpsi.Core.Editions;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;

namespace Gpsi.Data.Editions;

/// <summary>
/// Every edition's rank intervals: the recipe's own uncertainty analysis (<see cref="Recipe.Uncertainty"/>) run for
/// each edition year over the run's panel, giving each ranked country the 5th percentile, median and 95th percentile
/// of its index rank.
/// </summary>
public static class RankIntervals
{
    /// <summary>
    /// The intervals by (year, ISO3) for <paramref name="years"/>; empty when the recipe states no uncertainty analysis;
    /// null with errors in <paramref name="diagnostics"/> when a drawn recipe cannot build. A note that the analysis ran
    /// on full builds (the compiled model could not mirror the recipe) is added once.
    /// </summary>
    public static ImmutableDictionary<(int Year, string Iso3), RankInterval>? Compute(Recipe recipe, Panel panel,
        IReadOnlyList<int> years, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = ImmutableDictionary.CreateBuilder<(int, string), RankInterval>();
        if (recipe.Uncertainty is not { } settings)
        {
            return result.ToImmutable();
        }

        // Every year builds the same recipes (the nominal one and one per combination of discrete levels): once each.
        var cache = new BuildCache(panel);
        foreach (var year in years)
        {
            var errors = new List<Diagnostic>();
            var model = UncertaintyAnalysis.CreateModel(recipe, panel, settings.Factors, year, settings.Seed, errors, cache);
            var analysis = model is null
                ? new UncertaintyResult([], [.. errors])
                : UncertaintyAnalysis.Run(model, settings.Replications, settings.Seed);
            if (!analysis.Succeeded)
            {
                diagnostics.AddRange(analysis.Diagnostics.Select(d => d with
                {
                    Message = $"The recipe's uncertainty analysis for {year}: {d.Message}",
                }));
                return null;
            }

            if (year == years[0])
            {
                diagnostics.AddRange(errors); // notes only (e.g. full builds instead of the compiled model), said once
            }

            foreach (var s in analysis.Statistics)
            {
                if (s.Nominal is not null && double.IsFinite(s.Q5))
                {
                    result[(year, s.Unit)] = new RankInterval(s.Q5, s.Median, s.Q95);
                }
            }
        }

        return result.ToImmutable();
    }
}
