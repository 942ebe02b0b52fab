using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Treatment;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Recipes;

/// <summary>
/// One step of a build, in recipe order. Each is optional and each is logged with its parameters.
/// The members are the steps of METHODS.md; a variation of a recipe replaces one of them.
/// </summary>
public abstract record Step
{
    private protected Step()
    {
    }

    /// <summary>The step's name in recipes and logs (<c>denominate</c>, <c>screen</c>, …).</summary>
    public abstract string Kind { get; }

    /// <summary>Divides each indicator that names a denominator by it, times its scale; COINr <c>Denominate</c>.</summary>
    public sealed record Denominate : Step
    {
        /// <inheritdoc />
        public override string Kind => "denominate";
    }

    /// <summary>
    /// Drops (masks) units with too little data, per year: the share of available indicator values must be at least
    /// <paramref name="MinAvailability"/>, and, when <paramref name="MinPerAggregate"/> is set, every aggregate at
    /// <paramref name="AggregateLevel"/> must have at least that many available indicators; COINr <c>Screen(byNA)</c>.
    /// </summary>
    /// <param name="MinAvailability">The share of indicator values a unit needs in a year.</param>
    /// <param name="MinPerAggregate">Indicators an aggregate at <paramref name="AggregateLevel"/> needs to count as covered.</param>
    /// <param name="AggregateLevel">The aggregate level the per-aggregate rule applies to.</param>
    /// <param name="MinAggregates">How many aggregates at that level must be covered (null: all of them); with
    /// <paramref name="MinPerAggregate"/> unset, an aggregate is covered by one indicator.</param>
    public sealed record Screen(double MinAvailability = 0, int? MinPerAggregate = null, int AggregateLevel = 2,
        int? MinAggregates = null)
        : Step
    {
        /// <inheritdoc />
        public override string Kind => "screen";
    }

    /// <summary>Fills missing values by <paramref name="Method"/>; several impute steps run in order.</summary>
    public sealed record Impute(ImputationMethod Method) : Step
    {
        /// <inheritdoc />
        public override string Kind => "impute";
    }

    /// <summary>Treats outliers by <paramref name="Method"/>, or per indicator where <paramref name="PerIndicator"/> says.</summary>
    public sealed record Treat(TreatmentMethod Method, ImmutableSortedDictionary<string, TreatmentMethod>? PerIndicator = null)
        : Step
    {
        /// <inheritdoc />
        public override string Kind => "treat";
    }

    /// <summary>Normalises every indicator by <paramref name="Method"/> (or its own entry in <paramref name="PerIndicator"/>).</summary>
    public sealed record Normalise(
        NormalisationMethod Method,
        NormalisationReference Reference = NormalisationReference.PerYear,
        ImmutableSortedDictionary<string, NormalisationMethod>? PerIndicator = null) : Step
    {
        /// <inheritdoc />
        public override string Kind => "normalise";
    }

    /// <summary>Chooses the weights the aggregate step uses.</summary>
    public sealed record Weight(WeightingMethod Method) : Step
    {
        /// <inheritdoc />
        public override string Kind => "weight";
    }

    /// <summary>
    /// Aggregates level by level with <paramref name="Method"/>, or the method <paramref name="ByLevel"/> gives for
    /// a level. With <paramref name="MinAvailability"/>, an aggregate is NA unless the share of its available
    /// children is at least that value.
    /// </summary>
    public sealed record Aggregate(
        AggregationMethod Method,
        ImmutableSortedDictionary<int, AggregationMethod>? ByLevel = null,
        double? MinAvailability = null) : Step
    {
        /// <inheritdoc />
        public override string Kind => "aggregate";
    }
}
