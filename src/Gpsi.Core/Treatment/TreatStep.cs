using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Numerics;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Treatment;

/// <summary>
/// Runs <see cref="Step.Treat"/>: COINr's default <c>Treat</c> (<see cref="Winsorisation.Treat"/>) per indicator
/// and per year, over the values of the units included that year. Units screened out keep their values untouched
/// and do not count. Produces the data set <c>Treated</c> and one <see cref="IndicatorTreatment"/> per treated
/// indicator-year; indicators whose method is <see cref="TreatmentMethod.None"/> are copied and not reported (COINr
/// writes no details row for them either).
/// </summary>
internal static class TreatStep
{
    public const string OutputName = "Treated";

    public static void Run(BuildContext context, Step.Treat step)
    {
        if (!Validate(context, step))
        {
            return;
        }

        var input = context.Current;
        var values = input.CopyValues();
        var units = input.Units.Count;
        var years = input.Years.Length;
        var present = new double[units];
        var treated = new double[units];
        var marks = new sbyte[units];
        var position = new int[units];
        var points = ImmutableArray.CreateBuilder<WinsorisedPoint>();
        int winsorised = 0, logged = 0, failing = 0, specific = 0, logTransformed = 0;
        for (var c = 0; c < input.Columns.Count; c++)
        {
            var code = input.Columns[c];
            TreatmentMethod method = step.Method;
            if (step.PerIndicator?.TryGetValue(code, out var own) == true)
            {
                method = own;
                specific++;
            }

            if (method is TreatmentMethod.Log1p)
            {
                logTransformed += LogOnePlus(context, values, input, c) ? 1 : 0;
                continue;
            }

            if (method is not TreatmentMethod.Default d)
            {
                continue;
            }

            List<int>? undetermined = null;
            for (var y = 0; y < years; y++)
            {
                var offset = ((c * years) + y) * units;
                var n = 0;
                for (var u = 0; u < units; u++)
                {
                    if (context.Included[(y * units) + u])
                    {
                        position[n] = u;
                        present[n++] = values[offset + u];
                    }
                }

                var r = Winsorisation.Treat(present.AsSpan(0, n), treated.AsSpan(0, n), marks.AsSpan(0, n),
                    d.WinsorisationLimit, d.SkewThreshold, d.KurtosisThreshold);
                points.Clear();
                for (var i = 0; i < n; i++)
                {
                    values[offset + position[i]] = treated[i];
                    if (marks[i] != 0)
                    {
                        points.Add(new WinsorisedPoint(input.Units[position[i]], marks[i] > 0, present[i], treated[i]));
                    }
                }

                context.Treatment.Add(new IndicatorTreatment(code, input.Years[y], r.SkewBefore, r.KurtosisBefore,
                    r.SkewAfter, r.KurtosisAfter, points.ToImmutable(), r.Transform, r.Passed == true));
                winsorised += r.Transform == Winsorisation.Winsorised ? 1 : 0;
                logged += r.Transform == Winsorisation.LogTransform ? 1 : 0;
                failing += r.Passed == false ? 1 : 0;
                if (r.Passed is null && Moments.Count(present.AsSpan(0, n)) > 0)
                {
                    (undetermined ??= []).Add(input.Years[y]);
                }
            }

            if (undetermined is not null)
            {
                context.Diagnostics.Add(Diagnostic.Warning("treat.undetermined",
                    $"Indicator '{code}' ({string.Join(", ", undetermined)}): skew and kurtosis cannot be computed " +
                    "(fewer than 3 values, or all equal), so it was left untreated, as COINr does.",
                    new SourceLocation(Field: code), null, "at least 3 values that differ"));
            }
        }

        var summary = $"{Summarise(step.Method)}: {winsorised} winsorised, {logged} log-transformed";
        if (failing > 0)
        {
            summary += $", {failing} still failing after log_CT";
        }

        if (specific > 0)
        {
            summary += $"; {specific} indicator-specific";
        }

        if (logTransformed > 0)
        {
            summary += $"; {logTransformed} indicators as ln(1 + x)";
        }

        if (years > 1)
        {
            summary += $" (counts are indicator-years, {years} years)";
        }

        context.Commit(input.With(OutputName, values), step, summary);
    }
    /// <summary>x ← ln(1 + x) over every included unit-year of column <paramref name="c"/>; false (with an error per value) when a value is ≤ −1.</summary>
    private static bool LogOnePlus(BuildContext context, double[] values, Panels.DataSet input, int c)
    {
        var units = input.Units.Count;
        var years = input.Years.Length;
        var ok = true;
        for (var y = 0; y < years; y++)
        {
            var offset = ((c * years) + y) * units;
            for (var u = 0; u < units; u++)
            {
                var v = values[offset + u];
                if (double.IsNaN(v) || !context.Included[(y * units) + u])
                {
                    continue;
                }

                if (v <= -1)
                {
                    context.Diagnostics.Add(Diagnostic.Error("treat.log1p-domain",
                        $"Indicator '{input.Columns[c]}', unit '{input.Units[u]}', {input.Years[y]}: ln(1 + x) needs x > −1.",
                        new SourceLocation(Field: input.Columns[c]), v.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                        "a value above −1 (log1p is for counts and rates)"));
                    ok = false;
                    continue;
                }

                values[offset + u] = Math.Log(1 + v);
            }
        }

        return ok;
    }

    private static string Summarise(TreatmentMethod method) => method is TreatmentMethod.Default d
        ? $"{MethodSyntax.Format(method)} (winsorise ≤ {d.WinsorisationLimit}, |skew| < {d.SkewThreshold:R} or kurt < " +
          $"{d.KurtosisThreshold:R})"
        : MethodSyntax.Format(method);

    private static bool Validate(BuildContext context, Step.Treat step)
    {
        var ok = Check(context, step.Method, "method");
        foreach (var (code, method) in step.PerIndicator ?? ImmutableSortedDictionary<string, TreatmentMethod>.Empty)
        {
            ok &= Check(context, method, $"perIndicator.{code}");
            if (!context.Indicators.Contains(code))
            {
                // A warning, not an error: a variation that drops an indicator keeps its per-indicator entry.
                context.Diagnostics.Add(Diagnostic.Warning("treat.unknown-indicator",
                    $"The treat step names '{code}', which is not an indicator of this recipe; the entry is ignored.",
                    context.StepField($"perIndicator.{code}"), code, "an indicator code"));
            }
        }

        return ok;
    }

    private static bool Check(BuildContext context, TreatmentMethod method, string field)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (method is not TreatmentMethod.Default d
            || (d.WinsorisationLimit >= 0 && !double.IsNaN(d.SkewThreshold) && !double.IsNaN(d.KurtosisThreshold)))
        {
            return true;
        }

        context.Diagnostics.Add(Diagnostic.Error("treat.bad-parameter",
            $"The treatment {MethodSyntax.Format(method)} cannot be applied: the winsorisation limit must be ≥ 0 and the " +
            "thresholds must be numbers.", context.StepField(field), MethodSyntax.Format(method),
            "a limit ≥ 0 and numeric skew and kurtosis thresholds"));
        return false;
    }
}
