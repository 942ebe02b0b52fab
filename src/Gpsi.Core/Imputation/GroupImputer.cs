using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Numerics;

namespace Gpsi.Core.Imputation;

/// <summary>
/// Column imputation, year by year: each missing value becomes the mean or median of the same column over the
/// included units of its group (COINr <c>i_mean_grp</c>/<c>i_median_grp</c> with <c>skip_f_na = TRUE</c>), or over
/// all included units when there is no group column (COINr <c>i_mean</c>/<c>i_median</c>).
/// </summary>
internal static class GroupImputer
{
    /// <summary>
    /// Imputes <paramref name="values"/> (a copy of the current data set) in place. Units without a label in
    /// <paramref name="group"/> stay missing; a group with no observation stays missing and raises a warning naming
    /// the indicator, label and year (COINr silently gives NaN). Returns false, with an error, when no unit has a
    /// label in <paramref name="group"/> (COINr: "f must have at least one non-NA value").
    /// </summary>
    public static bool Run(BuildContext context, double[] values, string method, string? group, bool median)
    {
        var input = context.Current;
        var units = input.Units.Count;
        var years = input.Years.Length;
        var groupOf = new int[units];
        if (!Label(context, group, groupOf, out var labels))
        {
            return false;
        }

        var start = new int[labels.Length + 1];
        var next = new int[labels.Length];
        var members = new int[units];
        var buffer = new double[units];
        for (var y = 0; y < years; y++)
        {
            // Counting sort of the year's included, labelled units by group: members[start[g]..start[g + 1]].
            Array.Clear(start);
            for (var u = 0; u < units; u++)
            {
                if (context.Included[(y * units) + u] && groupOf[u] >= 0)
                {
                    start[groupOf[u] + 1]++;
                }
            }

            for (var g = 0; g < labels.Length; g++)
            {
                start[g + 1] += start[g];
                next[g] = start[g];
            }

            for (var u = 0; u < units; u++)
            {
                if (context.Included[(y * units) + u] && groupOf[u] >= 0)
                {
                    members[next[groupOf[u]]++] = u;
                }
            }

            for (var c = 0; c < input.Columns.Count; c++)
            {
                var slice = input.Slice(c, y);
                for (var g = 0; g < labels.Length; g++)
                {
                    var who = members.AsSpan(start[g], start[g + 1] - start[g]);
                    var observed = 0;
                    foreach (var u in who)
                    {
                        if (!double.IsNaN(slice[u]))
                        {
                            buffer[observed++] = slice[u];
                        }
                    }

                    if (observed == who.Length)
                    {
                        continue;
                    }

                    if (observed == 0)
                    {
                        if (group is not null)
                        {
                            context.Diagnostics.Add(Diagnostic.Warning("impute.empty-group",
                                $"No unit labelled '{labels[g]}' in '{group}' has a value of '{input.Columns[c]}' " +
                                $"in {input.Years[y]}, so its {who.Length} missing values stay missing.",
                                context.StepField("method"), labels[g],
                                "at least one observed value in each group"));
                        }

                        continue;
                    }

                    var estimate = median
                        ? SortedMedian(buffer.AsSpan(0, observed))
                        : Moments.Mean(buffer.AsSpan(0, observed));
                    foreach (var u in who)
                    {
                        if (double.IsNaN(slice[u]))
                        {
                            ImputeStep.Fill(context, values, method, c, y, u, estimate);
                        }
                    }
                }
            }
        }

        return true;
    }

    private static bool Label(BuildContext context, string? group, int[] groupOf, out string[] labels)
    {
        if (group is null)
        {
            labels = [string.Empty];
            return true;
        }

        var panelUnits = context.Panel.Units;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        for (var u = 0; u < groupOf.Length; u++)
        {
            var label = panelUnits[u].GroupOf(group);
            if (string.IsNullOrEmpty(label))
            {
                groupOf[u] = -1;
                continue;
            }

            if (!index.TryGetValue(label, out var g))
            {
                g = names.Count;
                index.Add(label, g);
                names.Add(label);
            }

            groupOf[u] = g;
        }

        labels = [.. names];
        if (labels.Length > 0)
        {
            return true;
        }

        var known = panelUnits.SelectMany(u => u.Groups.Keys).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(k => $"'{k}'").ToList();
        context.Diagnostics.Add(Diagnostic.Error("impute.unknown-group",
            $"No unit has a label in group column '{group}'.", context.StepField("method"), group,
            known.Count == 0
                ? "a group column of the units (the panel has none)"
                : "one of " + string.Join(", ", known)));
        return false;
    }

    /// <summary>Median of <paramref name="x"/> (no NaN), sorting it in place; R's <c>median</c>.</summary>
    private static double SortedMedian(Span<double> x)
    {
        x.Sort();
        var n = x.Length;
        return n % 2 == 1 ? x[n / 2] : (x[(n / 2) - 1] + x[n / 2]) / 2;
    }
}
