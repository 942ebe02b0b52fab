using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using Gpsi.Core.Uncertainty;

namespace Gpsi.Core.Audit;

/// <summary>
/// Leave-one-out rank effects: for each indicator, the recipe without it (<see cref="RecipeVariation.WithoutIndicator"/>)
/// is built in full and its index ranks compared with the nominal build's. The counterpart of COINr's
/// <c>remove_elements(coin, Level = 1, dset = "Aggregated", iCode = "Index")</c>, with two differences: COINr sets the
/// indicator's weight to zero while this removes the node, so every step sees the recipe without it (a
/// minimum-data rule counts one indicator fewer, an equal or PCA weighting is recomputed, an aggregate left with no
/// child is an error rather than a NaN); and the statistics are over units ranked in both builds.
/// </summary>
public static class LeaveOneOut
{
    /// <summary>The number of most-moved units kept per indicator by default.</summary>
    public const int DefaultTop = 5;

    /// <summary>
    /// Builds <paramref name="recipe"/> over <paramref name="panel"/> and every leave-one-out variation; null with the
    /// nominal build's errors in <paramref name="diagnostics"/> when the nominal recipe does not build.
    /// </summary>
    /// <param name="recipe">The nominal recipe; it must aggregate.</param>
    /// <param name="panel">The panel.</param>
    /// <param name="year">The year whose index ranks are compared.</param>
    /// <param name="diagnostics">Receives the nominal build's errors.</param>
    /// <param name="top">How many most-moved units to keep per indicator (≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not a year of the panel, or
    /// <paramref name="top"/> is negative.</exception>
    public static LeaveOneOutResult? Run(Recipe recipe, Panel panel, int year, List<Diagnostic> diagnostics,
        int top = DefaultTop)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!panel.Years.Contains(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year is not in the panel.");
        }

        var nominal = Builder.Run(recipe, panel);
        if (!nominal.Succeeded || nominal.Ranks is null)
        {
            diagnostics.AddRange(nominal.Diagnostics.Where(d => d.Severity == Severity.Error)
                .Select(d => d with { Message = $"In the nominal recipe: {d.Message}" }));
            return null;
        }

        return Run(nominal, year, top);
    }

    /// <summary>Every indicator's leave-one-out effect against an existing nominal build (its recipe and panel).</summary>
    /// <param name="nominal">A build that succeeded and aggregated.</param>
    /// <param name="year">The year whose index ranks are compared.</param>
    /// <param name="top">How many most-moved units to keep per indicator (≥ 0).</param>
    /// <exception cref="ArgumentException">The build failed or did not aggregate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not a year of the build, or
    /// <paramref name="top"/> is negative.</exception>
    public static LeaveOneOutResult Run(Build nominal, int year, int top = DefaultTop)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (!nominal.Succeeded || nominal.Ranks is null || nominal.Tree is not { } tree)
        {
            throw new ArgumentException("Leave-one-out needs a nominal build that succeeded and aggregated.", nameof(nominal));
        }

        var y = nominal.Ranks.Scores.YearIndex(year);
        if (y < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year is not in the build.");
        }

        var root = tree.Roots[0];
        var units = nominal.Panel.Units.Select(u => u.Code).ToImmutableArray();
        var nominalRanks = nominal.Ranks.Slice(root, y).ToArray();
        var indicators = Enumerable.Range(0, tree.Nodes.Length)
            .Where(i => tree.Nodes[i].Kind == NodeKind.Indicator).ToArray();
        var removals = new IndicatorRemoval[indicators.Length];

        // Each variation is an independent full build; results land in fixed slots, so the order never depends on threads.
        Parallel.For(0, indicators.Length, k =>
        {
            var node = tree.Nodes[indicators[k]];
            var parent = tree.Nodes[tree.ParentOf[indicators[k]]].Code;
            var build = Builder.Run(RecipeVariation.WithoutIndicator(nominal.Recipe, node.Code), nominal.Panel);
            removals[k] = build.Succeeded && build.Ranks is not null
                ? Compare(node, parent, units, nominalRanks, build.Ranks.Slice(build.Tree!.Roots[0], y).ToArray(), top)
                : Failed(node, parent, units.Length, build);
        });
        return new LeaveOneOutResult(year, tree.Nodes[root].Code, units, [.. nominalRanks], [.. removals]);
    }

    private static IndicatorRemoval Compare(Node node, string parent, ImmutableArray<string> units, int[] nominal,
        int[] without, int top)
    {
        int compared = 0, entered = 0, left = 0, max = 0;
        var sum = 0L;
        var moved = new List<RankShift>();
        for (var u = 0; u < units.Length; u++)
        {
            if (nominal[u] > 0 && without[u] > 0)
            {
                var shift = new RankShift(units[u], nominal[u], without[u]);
                var size = Math.Abs(shift.Shift);
                compared++;
                sum += size;
                max = Math.Max(max, size);
                if (size > 0)
                {
                    moved.Add(shift);
                }
            }
            else
            {
                entered += nominal[u] == 0 && without[u] > 0 ? 1 : 0;
                left += nominal[u] > 0 && without[u] == 0 ? 1 : 0;
            }
        }

        var largest = moved.OrderByDescending(s => Math.Abs(s.Shift)).ThenBy(s => s.Unit, StringComparer.Ordinal)
            .Take(top).ToImmutableArray();
        return new IndicatorRemoval(node.Code, parent, node.Weight, [.. without], compared, entered, left,
            compared == 0 ? double.NaN : (double)sum / compared, max, largest, []);
    }

    private static IndicatorRemoval Failed(Node node, string parent, int units, Build build) =>
        new(node.Code, parent, node.Weight, [.. new int[units]], 0, 0, 0, double.NaN, 0, [],
            [.. build.Diagnostics.Where(d => d.Severity == Severity.Error)
                .Select(d => d with { Message = $"Without '{node.Code}': {d.Message}" })]);
}
