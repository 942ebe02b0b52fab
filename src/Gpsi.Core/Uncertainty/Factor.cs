using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Imputation;
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

    /// <summary>
    /// The level a draw <paramref name="u"/> ∈ [0, 1) selects for a discrete factor: ⌊u·Levels⌋, clamped to the last
    /// level (so u = 1 is safe). Every level is equally likely under a uniform draw.
    /// </summary>
    /// <exception cref="InvalidOperationException">The factor is continuous.</exception>
    public int Level(double u)
    {
        var levels = Levels ?? throw new InvalidOperationException($"Factor '{Name}' is continuous; it has no levels.");
        return Math.Clamp((int)(u * levels), 0, levels - 1);
    }

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

    /// <summary>
    /// The recipe's impute steps are replaced by one of <paramref name="Options"/>, each a sequence of methods run in
    /// order (an empty sequence: no imputation), each equally likely.
    /// </summary>
    public sealed record ImputationChoice(string FactorName, ImmutableArray<ImmutableArray<ImputationMethod>> Options)
        : Factor(FactorName)
    {
        /// <inheritdoc />
        public override int? Levels => Options.Length;
    }

    /// <summary>
    /// The winsorisation limit of the recipe's default outlier treatment (COINr <c>winmax</c>: how many points may be
    /// winsorised per indicator) is one of <paramref name="Limits"/>, each equally likely. Needs a treat step whose
    /// method is <see cref="Treatment.TreatmentMethod.Default"/>; per-indicator treatments are kept.
    /// </summary>
    public sealed record WinsorisationLimit(string FactorName, ImmutableArray<int> Limits) : Factor(FactorName)
    {
        /// <inheritdoc />
        public override int? Levels => Limits.Length;
    }

    /// <summary>
    /// Level 0 keeps every indicator; level i (1 ≤ i ≤ n) drops indicator <paramref name="Candidates"/>[i − 1] from the
    /// index, as if it were not in the recipe (its siblings' weights are renormalised by the aggregation). A parent
    /// left with no indicator is an error of the factor, found before any replication runs.
    /// </summary>
    public sealed record IndicatorExclusion(string FactorName, ImmutableArray<string> Candidates) : Factor(FactorName)
    {
        /// <inheritdoc />
        public override int? Levels => Candidates.Length + 1;
    }
}
