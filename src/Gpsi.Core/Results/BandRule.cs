using System.Collections.Immutable;

namespace Gpsi.Core.Results;

/// <summary>How units are put into bands by their score at a node (the index by default).</summary>
public abstract record BandRule
{
    private protected BandRule()
    {
    }

    /// <summary>Labels from best to worst; the default five.</summary>
    public static ImmutableArray<string> DefaultLabels { get; } = ["Very high", "High", "Medium", "Low", "Very low"];

    /// <summary>
    /// Bands by rank position: the best fifth is band 1, and so on (count bands of equal size, by rank). The score
    /// thresholds this implies for each year are written to the build log.
    /// </summary>
    public sealed record Quantile(int Count = 5) : BandRule;

    /// <summary>
    /// Fixed score thresholds, descending: a score ≥ Thresholds[0] is band 1, ≥ Thresholds[1] band 2, … and below the
    /// last the final band. Labels has one more entry than Thresholds.
    /// </summary>
    public sealed record Fixed(ImmutableArray<double> Thresholds, ImmutableArray<string> Labels) : BandRule;
}
