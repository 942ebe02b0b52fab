using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Screening;

/// <summary>
/// Runs <see cref="Step.Screen"/>, year by year: a unit whose share of available values is below
/// <see cref="Step.Screen.MinAvailability"/> (strict <c>&lt;</c>), or that has fewer than
/// <see cref="Step.Screen.MinPerAggregate"/> available indicators in some aggregate at
/// <see cref="Step.Screen.AggregateLevel"/>, is left out of that year: it is marked not included, its values become
/// NaN, and it is recorded with the reason. COINr <c>Screen(unit_screen = "byNA", dat_thresh)</c>.
/// </summary>
/// <remarks>
/// Availability is computed as COINr does, <c>1 − missing / columns</c>, over every column of the data set; that is
/// not always bit-equal to <c>available / columns</c> (1 of 5 gives 0.19999999999999996, which is below 0.2).
/// A unit-year with no data at all is always left out (COINr keeps it when <c>dat_thresh = 0</c>) and is recorded,
/// but only units screened for partial data raise the step's note. Unit-years already left out by an earlier screen
/// stay out and are not recorded again.
/// </remarks>
internal static class ScreenStep
{
    public const string OutputName = "Screened";

    public static void Run(BuildContext context, Step.Screen step)
    {
        var input = context.Current;
        var columns = input.Columns.Count;
        var groupOf = new int[columns];
        if (!Validate(context, step, groupOf, out var groups, out var groupSize))
        {
            return;
        }

        var values = input.CopyValues();
        var units = input.Units.Count;
        var years = input.Years.Length;
        var available = new int[groups.Length];
        var screened = 0;
        var empty = 0;
        for (var y = 0; y < years; y++)
        {
            for (var u = 0; u < units; u++)
            {
                var cell = (y * units) + u;
                if (!context.Included[cell])
                {
                    continue;
                }

                Array.Clear(available);
                var missing = 0;
                for (var c = 0; c < columns; c++)
                {
                    if (double.IsNaN(input[c, y, u]))
                    {
                        missing++;
                    }
                    else if (groupOf[c] >= 0)
                    {
                        available[groupOf[c]]++;
                    }
                }

                // COINr: Dat_Avail = 1 - N_missing/ncol, then LowData = Dat_Avail < dat_thresh.
                var availability = 1 - ((double)missing / columns);
                string? reason = null;
                if (missing == columns)
                {
                    reason = "no data in this year";
                    empty++;
                }
                else if (availability < step.MinAvailability)
                {
                    reason = $"{columns - missing} of {columns} values available ({availability:0.###}), " +
                        $"below the minimum share {step.MinAvailability:R}";
                }
                else if (step.MinAggregates is { } needed)
                {
                    var k = step.MinPerAggregate ?? 1;
                    var uncovered = Enumerable.Range(0, groups.Length).Where(g => available[g] < k).ToList();
                    if (groups.Length - uncovered.Count < needed)
                    {
                        reason = $"{groups.Length - uncovered.Count} of {groups.Length} level-{step.AggregateLevel} " +
                            $"aggregates have {k} or more indicators, fewer than {needed} (short: " +
                            string.Join(", ", uncovered.Select(g => context.Tree.Nodes[groups[g]].Code)) + ")";
                    }
                }
                else if (step.MinPerAggregate is { } k)
                {
                    for (var g = 0; g < groups.Length && reason is null; g++)
                    {
                        if (available[g] < k)
                        {
                            reason = $"'{context.Tree.Nodes[groups[g]].Code}' has {available[g]} of {groupSize[g]} " +
                                $"indicators available, fewer than {k}";
                        }
                    }
                }

                if (reason is null)
                {
                    continue;
                }

                context.Included[cell] = false;
                for (var c = 0; c < columns; c++)
                {
                    values[(((c * years) + y) * units) + u] = double.NaN;
                }

                context.Screened.Add(new ScreenedUnit(input.Units[u], input.Years[y], availability, reason));
                screened++;
            }
        }

        if (screened > empty)
        {
            context.Diagnostics.Add(Diagnostic.Info("screen.units-removed",
                $"{screened - empty} unit-year(s) left out for too little data" +
                (empty > 0 ? $" (and {empty} with no data at all)" : string.Empty) +
                "; see the build's screened units for each reason.",
                context.StepField("minAvailability")));
        }

        var rule = $"availability ≥ {step.MinAvailability:R}" +
            (step.MinAggregates is { } atLeast
                ? $", ≥ {atLeast} level-{step.AggregateLevel} aggregates with ≥ {step.MinPerAggregate ?? 1} indicators"
                : step.MinPerAggregate is { } min
                    ? $", ≥ {min} indicators per level-{step.AggregateLevel} aggregate"
                    : string.Empty);
        context.Commit(input.With(OutputName, values), step,
            $"{screened} of {units * years} unit-years left out ({empty} with no data); rule: {rule}");
    }

    private static bool Validate(BuildContext context, Step.Screen step, int[] groupOf, out int[] groups,
        out int[] groupSize)
    {
        groups = [];
        groupSize = [];
        Array.Fill(groupOf, -1);
        if (!(step.MinAvailability is >= 0 and <= 1))
        {
            context.Diagnostics.Add(Diagnostic.Error("screen.bad-threshold",
                "The minimum share of available values is out of range.", context.StepField("minAvailability"),
                step.MinAvailability.ToString("R"), "a number from 0 to 1"));
            return false;
        }

        if ((step.MinPerAggregate ?? (step.MinAggregates is null ? null : 1)) is not { } k)
        {
            return true;
        }

        var tree = context.Tree;
        if (k < 0)
        {
            context.Diagnostics.Add(Diagnostic.Error("screen.bad-threshold",
                "The minimum number of indicators per aggregate is negative.", context.StepField("minPerAggregate"),
                k.ToString(), "a whole number ≥ 0"));
            return false;
        }

        if (step.AggregateLevel < 2 || step.AggregateLevel > tree.Depth)
        {
            context.Diagnostics.Add(Diagnostic.Error("screen.bad-level",
                $"Level {step.AggregateLevel} is not an aggregate level of the tree.",
                context.StepField("aggregateLevel"), step.AggregateLevel.ToString(), $"2 to {tree.Depth}"));
            return false;
        }

        groups = LevelGroups.Assign(tree, context.Current.Columns, step.AggregateLevel, groupOf);
        groupSize = new int[groups.Length];
        foreach (var g in groupOf)
        {
            if (g >= 0)
            {
                groupSize[g]++;
            }
        }

        if (step.MinAggregates is { } needed)
        {
            var reachable = groupSize.Count(size => size >= k);
            if (reachable < needed)
            {
                context.Diagnostics.Add(Diagnostic.Error("screen.unreachable-threshold",
                    $"Only {reachable} level-{step.AggregateLevel} aggregates have {k} or more indicators, so no unit " +
                    $"can cover {needed} of them.", context.StepField("minAggregates"),
                    needed.ToString(System.Globalization.CultureInfo.InvariantCulture), $"at most {reachable}"));
                return false;
            }

            return true;
        }

        for (var g = 0; g < groups.Length; g++)
        {
            if (groupSize[g] < k)
            {
                // No unit could pass: every unit-year would be screened out.
                context.Diagnostics.Add(Diagnostic.Error("screen.unreachable-threshold",
                    $"Aggregate '{tree.Nodes[groups[g]].Code}' has only {groupSize[g]} indicators, so no unit can " +
                    $"have {k} of them available.", context.StepField("minPerAggregate"), k.ToString(),
                    $"at most {groupSize.Min()} (the smallest number of indicators in a level-{step.AggregateLevel} " +
                    "aggregate)"));
                return false;
            }
        }

        return true;
    }
}
