using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Numerics;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Imputation;

/// <summary>
/// Row imputation on min-max scaled data, year by year; COINr <c>Impute(impute_by = "row", normalise_first = TRUE,
/// group_level = Level)</c> with <c>i_mean</c>.
/// </summary>
/// <remarks>
/// Per column: x' = direction·x, mn/mx over the included units, z = (x' − mn)/(mx − mn). A missing cell becomes the
/// mean of the unit's available z among the indicators that share its ancestor at the level, scaled back as
/// (z̄·(mx − mn) + mn)·direction. A zero-range column has no z (0/0 is NaN, as in COINr): it adds nothing to row means
/// and its own missing cells get its constant value. A column with no observation stays missing (COINr's
/// Inf − Inf is NaN), and so does a unit with no available value in the group.
/// </remarks>
internal static class RowImputer
{
    /// <summary>Imputes <paramref name="values"/> in place; false, with an error, unless 2 ≤ level ≤ depth.</summary>
    public static bool Run(BuildContext context, double[] values, string method, int level)
    {
        var input = context.Current;
        var tree = context.Tree;
        if (level < 2 || level > tree.Depth)
        {
            context.Diagnostics.Add(Diagnostic.Error("impute.bad-level",
                $"Row imputation by level {level}: the level is not an aggregate level of the tree.",
                context.StepField("method"), level.ToString(), $"2 to {tree.Depth}"));
            return false;
        }

        var columns = input.Columns.Count;
        var units = input.Units.Count;
        var years = input.Years.Length;
        var groupOf = new int[columns];
        var groups = LevelGroups.Assign(tree, input.Columns, level, groupOf);

        // Columns of each group, in column order: members[start[g]..start[g + 1]].
        var start = new int[groups.Length + 1];
        foreach (var g in groupOf)
        {
            if (g >= 0)
            {
                start[g + 1]++;
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            start[g + 1] += start[g];
        }

        var members = new int[start[^1]];
        var next = start[..^1];
        for (var c = 0; c < columns; c++)
        {
            if (groupOf[c] >= 0)
            {
                members[next[groupOf[c]]++] = c;
            }
        }

        var direction = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            direction[c] = groupOf[c] >= 0 ? (int)tree[input.Columns[c]].Direction : 1;
        }

        var min = new double[columns];
        var max = new double[columns];
        var buffer = new double[Math.Max(units, columns)];
        for (var y = 0; y < years; y++)
        {
            for (var c = 0; c < columns; c++)
            {
                var slice = input.Slice(c, y);
                var n = 0;
                for (var u = 0; u < units; u++)
                {
                    if (context.Included[(y * units) + u] && !double.IsNaN(slice[u]))
                    {
                        buffer[n++] = direction[c] * slice[u];
                    }
                }

                min[c] = Moments.Min(buffer.AsSpan(0, n));
                max[c] = Moments.Max(buffer.AsSpan(0, n));
            }

            for (var u = 0; u < units; u++)
            {
                if (!context.Included[(y * units) + u])
                {
                    continue;
                }

                for (var g = 0; g < groups.Length; g++)
                {
                    var cols = members.AsSpan(start[g], start[g + 1] - start[g]);
                    var anyMissing = false;
                    for (var k = 0; k < cols.Length; k++)
                    {
                        var c = cols[k];
                        var x = input[c, y, u];
                        anyMissing |= double.IsNaN(x);
                        buffer[k] = ((direction[c] * x) - min[c]) / (max[c] - min[c]);
                    }

                    if (!anyMissing)
                    {
                        continue;
                    }

                    var mean = Moments.Mean(buffer.AsSpan(0, cols.Length));
                    if (double.IsNaN(mean))
                    {
                        continue;
                    }

                    foreach (var c in cols)
                    {
                        if (!double.IsNaN(input[c, y, u]))
                        {
                            continue;
                        }

                        // COINr's back-transform: xo <- z*(mx - mn) + mn; xo*direc.
                        var estimate = ((mean * (max[c] - min[c])) + min[c]) * direction[c];
                        if (!double.IsNaN(estimate))
                        {
                            ImputeStep.Fill(context, values, method, c, y, u, estimate);
                        }
                    }
                }
            }
        }

        return true;
    }
}
