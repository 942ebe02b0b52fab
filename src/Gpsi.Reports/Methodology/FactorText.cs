using System.Globalization;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;

namespace Gpsi.Reports.Methodology;

/// <summary>An uncertain factor's options in the recipe's own syntax, for the methodology.</summary>
internal static class FactorText
{
    public static string Describe(Factor factor) => factor switch
    {
        Factor.NormalisationChoice n => "normalise ∈ {" + string.Join(", ", n.Options.Select(o => MethodSyntax.Format(o))) + "}",
        Factor.AggregationChoice a => "aggregate ∈ {" + string.Join(", ", a.Options.Select(o => MethodSyntax.Format(o))) + "}",
        Factor.ImputationChoice i => "impute ∈ {" + string.Join(", ", i.Options.Select(o =>
            o.IsEmpty ? "none" : string.Join(" then ", o.Select(m => MethodSyntax.Format(m))))) + "}",
        Factor.WinsorisationLimit w => "winsorisation limit ∈ {" + string.Join(", ", w.Limits) + "}",
        Factor.IndicatorExclusion x => "exclude one of {none, " + string.Join(", ", x.Candidates) + "}",
        Factor.WeightNoise w => string.Create(CultureInfo.InvariantCulture,
            $"weights at levels {string.Join(", ", w.TreeLevels)} × U({1 - w.Epsilon:0.##}, {1 + w.Epsilon:0.##})")
            + (w.Sets is { } k ? string.Create(CultureInfo.InvariantCulture, $", {k} fixed sets") : ", fresh each replication"),
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "Unknown factor kind."),
    };
}
