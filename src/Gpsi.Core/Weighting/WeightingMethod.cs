using System.Collections.Immutable;

namespace Gpsi.Core.Weighting;

/// <summary>Where the sibling weights used by aggregation come from.</summary>
public abstract record WeightingMethod
{
    private protected WeightingMethod()
    {
    }

    /// <summary>The weights written on the tree's nodes.</summary>
    public sealed record Manual : WeightingMethod;

    /// <summary>Every weight 1.</summary>
    public sealed record Equal : WeightingMethod;

    /// <summary>A named, versioned set: node code → weight; nodes not listed keep their tree weight.</summary>
    public sealed record Set(string Name, ImmutableSortedDictionary<string, double> Weights) : WeightingMethod;

    /// <summary>
    /// Loadings of the first principal component of each group's children (complete rows only), COINr
    /// <c>get_PCA(by_groups = TRUE)</c>. <paramref name="FixSign"/> flips a group's loadings so they sum positive;
    /// false keeps COINr's raw loadings, whose signs are arbitrary.
    /// </summary>
    public sealed record Pca(bool FixSign = true) : WeightingMethod;
}
