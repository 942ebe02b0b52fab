using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Denomination;

/// <summary>
/// Runs <see cref="Step.Denominate"/>: every column whose node names a <see cref="Structure.Denominator"/> becomes
/// <c>x / (d / scale)</c>, with d the panel variable of the same unit and year; COINr <c>Denominate</c>
/// (<c>f_denom(x, denoms / ScaleFactor)</c>). Other columns are copied unchanged.
/// </summary>
/// <remarks>
/// A zero or missing denominator makes the value missing (NaN) and is reported once per indicator; COINr divides
/// regardless and silently gives ±Inf or NaN. A denominator code that is not a panel variable, or a scale that is zero
/// or not finite, is an error and stops the build.
/// </remarks>
internal static class DenominateStep
{
    public const string OutputName = "Denominated";

    public static void Run(BuildContext context, Step.Denominate step)
    {
        var input = context.Current;
        var data = context.Panel.Data;
        var tree = context.Tree;

        // Resolve every denominator before dividing, so that all unknown codes are reported together.
        var plan = new List<(int Column, int Node, int Source, double Scale)>();
        for (var c = 0; c < input.Columns.Count; c++)
        {
            var node = tree.IndexOf(input.Columns[c]);
            if (node < 0 || tree.Nodes[node].Denominator is not { } denominator)
            {
                continue;
            }

            var source = data.Columns.IndexOf(denominator.Code);
            if (source < 0)
            {
                context.Diagnostics.Add(Diagnostic.Error("denominate.unknown-denominator",
                    $"Denominator '{denominator.Code}' of indicator '{input.Columns[c]}' is not a variable of " +
                    "the panel.",
                    new SourceLocation(Field: $"nodes[{node}].denominator"), denominator.Code,
                    ExpectedVariable(context)));
                continue;
            }

            if (!double.IsFinite(denominator.Scale) || denominator.Scale == 0)
            {
                context.Diagnostics.Add(Diagnostic.Error("denominate.bad-scale",
                    $"Scale of the denominator of indicator '{input.Columns[c]}' is not usable.",
                    new SourceLocation(Field: $"nodes[{node}].denominator.scale"), denominator.Scale.ToString("R"),
                    "a finite, non-zero number (e.g. 1e5 for \"per 100,000\")"));
                continue;
            }

            plan.Add((c, node, source, denominator.Scale));
        }

        if (context.HasErrors)
        {
            return;
        }

        var values = input.CopyValues();
        var units = input.Units.Count;
        var years = input.Years.Length;
        var lostTotal = 0;
        foreach (var (column, node, source, scale) in plan)
        {
            var observed = 0;
            var lost = 0;
            for (var y = 0; y < years; y++)
            {
                var x = values.AsSpan(((column * years) + y) * units, units);
                var d = data.Slice(source, y);
                for (var u = 0; u < units; u++)
                {
                    if (double.IsNaN(x[u]))
                    {
                        continue;
                    }

                    observed++;
                    if (d[u] == 0 || double.IsNaN(d[u]))
                    {
                        x[u] = double.NaN;
                        lost++;
                        continue;
                    }

                    // COINr's order of operations: x / (denom / ScaleFactor).
                    x[u] /= d[u] / scale;
                }
            }

            if (lost > 0)
            {
                lostTotal += lost;
                var code = tree.Nodes[node].Denominator!.Code;
                context.Diagnostics.Add(Diagnostic.Warning("denominate.missing-denominator",
                    $"Indicator '{input.Columns[column]}': {lost} of {observed} observed values became missing " +
                    $"because denominator '{code}' is zero or missing for that unit and year.",
                    new SourceLocation(Field: $"nodes[{node}].denominator"), $"{lost} cells",
                    $"a non-zero '{code}' wherever '{input.Columns[column]}' is observed"));
            }
        }

        var summary = $"{plan.Count} indicator{(plan.Count == 1 ? string.Empty : "s")} divided by their denominators";
        if (lostTotal > 0)
        {
            summary += $"; {lostTotal} values missing for a zero or missing denominator";
        }

        context.Commit(input.With(OutputName, values), step, summary);
    }

    private static string ExpectedVariable(BuildContext context)
    {
        var declared = context.Recipe.Variables
            .Where(v => v.Role == VariableRole.Denominator && context.Panel.Data.Columns.Contains(v.Code))
            .Select(v => $"'{v.Code}'")
            .ToList();
        return declared.Count == 0
            ? "a variable of the panel data"
            : "a variable of the panel data, such as " + string.Join(", ", declared);
    }
}
