using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Normalisation;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// An uncertain choice in a recipe, as a typed perturbation: each replication of an uncertainty analysis draws one
/// value of every factor and builds the recipe with those values. Declared in a factors file next to the recipe.
/// </summary>
public abstract record Factor
{
    private protected Factor(string name) => Name = name;

    /// <summary>The factor's name in outputs (e.g. <c>normalisation</c>).</summary>
    public string Name { get; }

    /// <summary>How many discrete values the factor has; null for a continuous factor.</summary>
    public abstract int? Levels { get; }

    /// <summary>The normalise step's method is one of <paramref name="Options"/>, each equally likely.</summary>
    public sealed record NormalisationChoice(string FactorName, ImmutableArray<NormalisationMethod> Options) : Factor(FactorName)
    {
        /// <inheritdoc />
        public override int? Levels => Options.Length;
    }

    /// <summary>The aggregate step's method (every level) is one of <paramref name="Options"/>, each equally likely.</summary>
    public sealed record AggregationChoice(string FactorName, ImmutableArray<AggregationMethod> Options) : Factor(FactorName)
    {
        /// <inheritdoc />
        public override int? Levels => Options.Length;
    }

    /// <summary>
    /// Every weight of the nodes at <paramref name="TreeLevels"/> times U(1 − ε, 1 + ε). With <paramref name="Sets"/>, that
    /// many noisy weight sets are made once (seeded) and each replication picks one, as COINr
    /// <c>get_noisy_weights</c> does; without, fresh noise is drawn every replication (continuous).
    /// </summary>
    public sealed record WeightNoise(string FactorName, ImmutableArray<int> TreeLevels, double Epsilon, int? Sets) : Factor(FactorName)
    {
        /// <inheritdoc />
        public override int? Levels => Sets;
    }
}
