using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Core.Imputation;

/// <summary>
/// Panel imputation along each unit's time series, per indicator; COINr <c>impute_panel</c>. Donors are the step's
/// input values of included unit-years only, so values filled here are never chained into other fills.
/// </summary>
internal static class PanelImputer
{
    /// <summary>
    /// Fills a missing (unit, year) from the latest earlier year, at most <paramref name="maxYears"/> years back by
    /// year value, in which the unit was observed (COINr <c>imp_type = "latest"</c>, <c>max_time</c>). Never fills
    /// from later years; the earliest year is never filled. False, with an error, when
    /// <paramref name="maxYears"/> &lt; 1.
    /// </summary>
    public static bool Latest(BuildContext context, double[] values, string method, int maxYears)
    {
        if (maxYears < 1)
        {
            context.Diagnostics.Add(Diagnostic.Error("impute.bad-window",
                "Latest-available imputation needs a window of at least one year.", context.StepField("method"),
                maxYears.ToString(), "latest:K with K ≥ 1"));
            return false;
        }

        var input = context.Current;
        var units = input.Units.Count;
        var years = input.Years;
        for (var c = 0; c < input.Columns.Count; c++)
        {
            for (var y = 1; y < years.Length; y++)
            {
                var slice = input.Slice(c, y);
                for (var u = 0; u < units; u++)
                {
                    if (!double.IsNaN(slice[u]) || !context.Included[(y * units) + u])
                    {
                        continue;
                    }

                    // long: a huge window must not overflow.
                    var oldest = (long)years[y] - maxYears;
                    for (var back = y - 1; back >= 0 && years[back] >= oldest; back--)
                    {
                        var donor = input[c, back, u];
                        if (context.Included[(back * units) + u] && !double.IsNaN(donor))
                        {
                            ImputeStep.Fill(context, values, method, c, y, u, donor, years[back]);
                            break;
                        }
                    }
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Back-casting: fills a missing (unit, year) from the earliest later year, at most <paramref name="maxYears"/>
    /// years ahead by year value, in which the unit was observed. The mirror of <see cref="Latest"/>; the latest
    /// year is never filled. False, with an error, when <paramref name="maxYears"/> &lt; 1.
    /// </summary>
    public static bool Backcast(BuildContext context, double[] values, string method, int maxYears)
    {
        if (maxYears < 1)
        {
            context.Diagnostics.Add(Diagnostic.Error("impute.bad-window",
                "Back-cast imputation needs a window of at least one year.", context.StepField("method"),
                maxYears.ToString(System.Globalization.CultureInfo.InvariantCulture), "backcast:K with K ≥ 1"));
            return false;
        }

        var input = context.Current;
        var units = input.Units.Count;
        var years = input.Years;
        for (var c = 0; c < input.Columns.Count; c++)
        {
            for (var y = 0; y < years.Length - 1; y++)
            {
                var slice = input.Slice(c, y);
                for (var u = 0; u < units; u++)
                {
                    if (!double.IsNaN(slice[u]) || !context.Included[(y * units) + u])
                    {
                        continue;
                    }

                    var newest = (long)years[y] + maxYears;
                    for (var ahead = y + 1; ahead < years.Length && years[ahead] <= newest; ahead++)
                    {
                        var donor = input[c, ahead, u];
                        if (context.Included[(ahead * units) + u] && !double.IsNaN(donor))
                        {
                            ImputeStep.Fill(context, values, method, c, y, u, donor, years[ahead]);
                            break;
                        }
                    }
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Fills a missing (unit, year) by linear interpolation between the nearest observed years before and after, by
    /// year value: <c>y0 + (y1 − y0)·((t − t0)/(t1 − t0))</c>, R's <c>approx</c>. Without
    /// <paramref name="extendEnds"/>, leading and trailing gaps stay missing; with it, they take the first/last
    /// observation as COINr's <c>rule = 2</c> does (recording the year copied). A series with fewer than two
    /// observations is left as it is (R's <c>approx</c> stops: "need at least two non-NA values").
    /// </summary>
    public static bool Linear(BuildContext context, double[] values, string method, bool extendEnds)
    {
        var input = context.Current;
        var units = input.Units.Count;
        var years = input.Years;
        for (var c = 0; c < input.Columns.Count; c++)
        {
            for (var u = 0; u < units; u++)
            {
                var observed = 0;
                for (var y = 0; y < years.Length; y++)
                {
                    observed += Observed(context, c, y, u) ? 1 : 0;
                }

                if (observed < 2 || observed == years.Length)
                {
                    continue;
                }

                var before = -1;
                var after = -1;
                for (var y = 0; y < years.Length; y++)
                {
                    if (Observed(context, c, y, u))
                    {
                        before = y;
                        continue;
                    }

                    if (!context.Included[(y * units) + u])
                    {
                        continue;
                    }

                    if (after <= y)
                    {
                        after = y + 1;
                        while (after < years.Length && !Observed(context, c, after, u))
                        {
                            after++;
                        }
                    }

                    if (before >= 0 && after < years.Length)
                    {
                        double y0 = input[c, before, u], y1 = input[c, after, u];
                        double t0 = years[before], t1 = years[after], t = years[y];
                        ImputeStep.Fill(context, values, method, c, y, u, y0 + ((y1 - y0) * ((t - t0) / (t1 - t0))));
                    }
                    else if (extendEnds)
                    {
                        var from = before >= 0 ? before : after;
                        ImputeStep.Fill(context, values, method, c, y, u, input[c, from, u], years[from]);
                    }
                }
            }
        }

        return true;
    }

    private static bool Observed(BuildContext context, int column, int yearIndex, int unit) =>
        context.Included[(yearIndex * context.Current.Units.Count) + unit] &&
        !double.IsNaN(context.Current[column, yearIndex, unit]);
}
