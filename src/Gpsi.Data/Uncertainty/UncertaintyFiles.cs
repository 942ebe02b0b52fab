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
/// N, seed, the widest intervals). Pure and deterministic.
/// </summary>
public static class UncertaintyFiles
{
    /// <summary>File name → content.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Render(ImmutableArray<RankStatistics> statistics,
        string recipeName, string recipeHash, IReadOnlyList<Factor> factors, int replications, int seed)
    {
        var csv = new StringBuilder("uCode,Nominal,Mean,Median,Q5,Q95\n");
        foreach (var s in statistics)
        {
            csv.Append(CsvText.Field(s.Unit)).Append(',')
                .Append(s.Nominal?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
                .Append(RNumberFormat.Format(s.Mean)).Append(',')
                .Append(RNumberFormat.Format(s.Median)).Append(',')
                .Append(RNumberFormat.Format(s.Q5)).Append(',')
                .Append(RNumberFormat.Format(s.Q95)).Append('\n');
        }

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

        return [new("ua-ranks.csv", csv.ToString()), new("summary.txt", summary.ToString())];
    }

    private static string Describe(Factor factor) => factor switch
    {
        Factor.NormalisationChoice n => "normalisation ∈ {" + string.Join(", ", n.Options.Select(o => Core.Recipes.MethodSyntax.Format(o))) + "}",
        Factor.AggregationChoice a => "aggregation ∈ {" + string.Join(", ", a.Options.Select(o => Core.Recipes.MethodSyntax.Format(o))) + "}",
        Factor.WeightNoise w => string.Create(CultureInfo.InvariantCulture,
            $"weights at levels {string.Join(", ", w.TreeLevels)} × U({1 - w.Epsilon:R}, {1 + w.Epsilon:R})") +
            (w.Sets is { } k ? $", {k} weight sets" : ", fresh every replication"),
        _ => factor.Name,
    };
}
