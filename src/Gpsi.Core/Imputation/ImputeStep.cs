using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Imputation;

/// <summary>
/// Runs <see cref="Step.Impute"/>: fills missing values of the included unit-years by the step's method and records
/// every filled cell in the build. Cells left out by screening stay NaN and never serve as donors; observed values
/// are never changed. Whatever is still missing afterwards is reported once (COINr <c>check_remaining_NAs</c>).
/// </summary>
internal static class ImputeStep
{
    public const string OutputName = "Imputed";

    public static void Run(BuildContext context, Step.Impute step)
    {
        var input = context.Current;
        var values = input.CopyValues();
        var method = MethodSyntax.Format(step.Method, explicitDefaults: true);
        var before = context.Imputed.Count;
        var ok = step.Method switch
        {
            ImputationMethod.Mean => GroupImputer.Run(context, values, method, null, median: false),
            ImputationMethod.Median => GroupImputer.Run(context, values, method, null, median: true),
            ImputationMethod.GroupMean g => GroupImputer.Run(context, values, method, g.Group, median: false),
            ImputationMethod.GroupMedian g => GroupImputer.Run(context, values, method, g.Group, median: true),
            ImputationMethod.RowMean r => RowImputer.Run(context, values, method, r.Level),
            ImputationMethod.LatestAvailable l => PanelImputer.Latest(context, values, method, l.MaxYears),
            ImputationMethod.Backcast b => PanelImputer.Backcast(context, values, method, b.MaxYears),
            ImputationMethod.LinearInterpolation l => PanelImputer.Linear(context, values, method, l.ExtendEnds),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Method, "Unknown imputation method."),
        };
        if (!ok)
        {
            return;
        }

        var remaining = CountMissing(input, values, context.Included);
        if (remaining > 0)
        {
            // Panel methods fill only within their window by design (a later step or the aggregation's re-weighting
            // handles the rest), so what they leave is information; a column or group method that leaves gaps is not
            // doing its job and warns.
            var text = $"After imputation by {method}, {remaining} values of included units are still missing.";
            context.Diagnostics.Add(step.Method is ImputationMethod.LatestAvailable or ImputationMethod.Backcast
                    or ImputationMethod.LinearInterpolation
                ? new Diagnostic(Severity.Info, "impute.remaining-missing", text, context.StepField("method"),
                    $"{remaining} missing values", "no missing values")
                : Diagnostic.Warning("impute.remaining-missing", text, context.StepField("method"),
                    $"{remaining} missing values", "no missing values"));
        }

        var imputed = context.Imputed.Count - before;
        context.Commit(input.With(OutputName, values), step,
            $"{method}: {imputed} values imputed" + (remaining > 0 ? $", {remaining} still missing" : string.Empty));
    }
    /// <summary>Writes an estimate into <paramref name="values"/> (current layout) and flags it.</summary>
    internal static void Fill(BuildContext context, double[] values, string method, int column, int yearIndex,
        int unit, double value, int? sourceYear = null)
    {
        var input = context.Current;
        values[(((column * input.Years.Length) + yearIndex) * input.Units.Count) + unit] = value;
        context.Imputed.Add(new ImputedValue(input.Units[unit], input.Columns[column], input.Years[yearIndex], value,
            method, sourceYear));
    }

    private static int CountMissing(DataSet input, double[] values, bool[] included)
    {
        var block = input.Units.Count * input.Years.Length;
        var missing = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (included[i % block] && double.IsNaN(values[i]))
            {
                missing++;
            }
        }

        return missing;
    }
}
