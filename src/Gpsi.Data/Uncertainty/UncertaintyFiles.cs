using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Gpsi.Core.Uncertainty;
using Gpsi.Data.Coinr;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Uncertainty;

/// <summary>
/// The files <c>gpsi uncertainty</c> writes: <c>ua-ranks.csv</c> (one row per unit: <c>uCode</c>, <c>Nominal</c>,
/// <c>Mean</c>, <c>Median</c>, <c>Q5</c>, <c>Q95</c>, COINr's columns) and <c>summary.txt</c> (recipe hash, factors,
/// N, seed, the widest intervals); with a sensitivity analysis also <c>sa-indices.csv</c> (one row per factor:
/// <c>factor</c>, <c>S</c>, <c>S_low</c>, <c>S_high</c>, <c>ST</c>, <c>ST_low</c>, <c>ST_high</c>; the bounds are the 5th and
/// 95th bootstrap percentiles, empty without bootstrap) and a section of the summary. Pure and deterministic.
/// </summary>
public static class UncertaintyFiles
{
    /// <summary>File name → content.</summary>
    /// <param name="statistics">The uncertainty analysis' rank statistics.</param>
    /// <param name="recipeName">The nominal recipe's name.</param>
    /// <param name="recipeHash">The nominal recipe's hash.</param>
    /// <param name="factors">The factors.</param>
    /// <param name="replications">N.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="sensitivity">A successful sensitivity analysis to add, or null.</param>
    /// <param name="scores">The analysis' index score statistics, written to <c>ua-scores.csv</c> with the same columns
    /// (<c>Nominal</c> is the nominal score); none: no such file.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Render(ImmutableArray<RankStatistics> statistics,
        string recipeName, string recipeHash, IReadOnlyList<Factor> factors, int replications, int seed,
        SensitivityResult? sensitivity = null, ImmutableArray<ScoreStatistics> scores = default)
    {
        var files = RenderRanks(statistics, recipeName, recipeHash, factors, replications, seed, sensitivity);
        if (scores.IsDefaultOrEmpty)
        {
            return files;
        }

        return [.. files, new("ua-scores.csv", StatisticsCsv(scores.Select(s => (s.Unit,
            double.IsNaN(s.Nominal) ? string.Empty : RNumberFormat.Format(s.Nominal), s.Mean, s.Median, s.Q5, s.Q95))))];
    }

    /// <summary>COINr's UA columns: <c>uCode,Nominal,Mean,Median,Q5,Q95</c>, numbers as R prints them.</summary>
    private static string StatisticsCsv(
        IEnumerable<(string Unit, string Nominal, double Mean, double Median, double Q5, double Q95)> rows)
    {
        var csv = new StringBuilder("uCode,Nominal,Mean,Median,Q5,Q95\n");
        foreach (var s in rows)
        {
            csv.Append(CsvText.Field(s.Unit)).Append(',').Append(s.Nominal).Append(',')
                .Append(RNumberFormat.Format(s.Mean)).Append(',')
                .Append(RNumberFormat.Format(s.Median)).Append(',')
                .Append(RNumberFormat.Format(s.Q5)).Append(',')
                .Append(RNumberFormat.Format(s.Q95)).Append('\n');
        }

        return csv.ToString();
    }

    private static IReadOnlyList<KeyValuePair<string, string>> RenderRanks(ImmutableArray<RankStatistics> statistics,
        string recipeName, string recipeHash, IReadOnlyList<Factor> factors, int replications, int seed,
        SensitivityResult? sensitivity)
    {
        var csv = StatisticsCsv(statistics.Select(s => (s.Unit,
            s.Nominal?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, s.Mean, s.Median, s.Q5, s.Q95)));

        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"uncertainty analysis of {recipeName} ({recipeHash})\n");
        summary.Append(CultureInfo.InvariantCulture, $"replications: {replications}, seed: {seed}\n");
        foreach (var f in factors)
        {
            summary.Append(CultureInfo.InvariantCulture, $"factor {f.Name}: {Describe(f)}\n");
        }

        summary.Append("widest 5-95% rank intervals:\n");
        foreach (var s in statistics.Where(s => !double.IsNaN(s.Q5)).OrderByDescending(s => s.Q95 - s.Q5)
                     .ThenBy(s => s.Unit, StringComparer.Ordinal).Take(10))
        {
            summary.Append(CultureInfo.InvariantCulture,
                $"  {s.Unit}: nominal {s.Nominal}, median {RNumberFormat.Format(s.Median)}, [{RNumberFormat.Format(s.Q5)}, {RNumberFormat.Format(s.Q95)}]\n");
        }

        if (sensitivity is null)
        {
            return [new("ua-ranks.csv", csv.ToString()), new("summary.txt", summary.ToString())];
        }

        summary.Append(SensitivitySummary(sensitivity));
        return [new("ua-ranks.csv", csv.ToString()), new("sa-indices.csv", SensitivityCsv(sensitivity)), new("summary.txt", summary.ToString())];
    }

    /// <summary><c>sa-indices.csv</c>: one row per factor, in factor order.</summary>
    public static string SensitivityCsv(SensitivityResult sensitivity)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        var csv = new StringBuilder("factor,S,S_low,S_high,ST,ST_low,ST_high\n");
        foreach (var f in sensitivity.Factors)
        {
            var i = f.Index;
            csv.Append(CsvText.Field(f.Factor));
            foreach (var v in new[] { i.First, i.FirstLow, i.FirstHigh, i.Total, i.TotalLow, i.TotalHigh })
            {
                csv.Append(',').Append(RNumberFormat.Format(v));
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    private static string SensitivitySummary(SensitivityResult sa)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"sensitivity analysis: N = {sa.N}, {sa.Outputs.Length} replications (N·(d + 2)), bootstrap {sa.Bootstrap}\n");
        text.Append(CultureInfo.InvariantCulture,
            $"target: {SensitivityResult.Target} (mean over units of |rank − nominal rank|), variance {F(sa.Variance)}\n");
        text.Append("factors by total index ST (first-order S; 5-95% bootstrap intervals):\n");
        foreach (var f in sa.Factors.OrderByDescending(f => double.IsNaN(f.Index.Total) ? double.NegativeInfinity : f.Index.Total)
                     .ThenBy(f => f.Factor, StringComparer.Ordinal))
        {
            var i = f.Index;
            text.Append(CultureInfo.InvariantCulture, $"  {f.Factor}: ST {F(i.Total)}")
                .Append(sa.Bootstrap > 0 ? $" [{F(i.TotalLow)}, {F(i.TotalHigh)}]" : string.Empty)
                .Append(CultureInfo.InvariantCulture, $", S {F(i.First)}")
                .Append(sa.Bootstrap > 0 ? $" [{F(i.FirstLow)}, {F(i.FirstHigh)}]" : string.Empty)
                .Append('\n');
        }

        return text.ToString();
    }

    private static string F(double value) =>
        double.IsNaN(value) ? "NA" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Describe(Factor factor) => factor switch
    {
        Factor.NormalisationChoice n => "normalisation ∈ {" + string.Join(", ", n.Options.Select(o => Core.Recipes.MethodSyntax.Format(o))) + "}",
        Factor.AggregationChoice a => "aggregation ∈ {" + string.Join(", ", a.Options.Select(o => Core.Recipes.MethodSyntax.Format(o))) + "}",
        Factor.WeightNoise w => string.Create(CultureInfo.InvariantCulture,
            $"weights at levels {string.Join(", ", w.TreeLevels)} × U({1 - w.Epsilon:R}, {1 + w.Epsilon:R})") +
            (w.Sets is { } k ? $", {k} weight sets" : ", fresh every replication"),
        Factor.ImputationChoice i => "imputation ∈ {" + string.Join(", ", i.Options.Select(o => o.IsEmpty
            ? "none"
            : string.Join(" then ", o.Select(m => Core.Recipes.MethodSyntax.Format(m))))) + "}",
        Factor.WinsorisationLimit w => "winsorisation limit ∈ {" + string.Join(", ", w.Limits) + "}",
        Factor.IndicatorExclusion x => "excluded indicator ∈ {none, " + string.Join(", ", x.Candidates) + "}",
        _ => factor.Name,
    };
}
