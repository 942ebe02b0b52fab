using Gpsi.Core.Aggregation;
using Gpsi.Core.Normalisation;

namespace Gpsi.Data.Uncertainty;

/// <summary>The nominal recipe's normalisation and aggregation methods, when the factors file sets them.</summary>
/// <param name="Normalise">Replaces the recipe's normalise step's method.</param>
/// <param name="Aggregate">Replaces the recipe's aggregate step's method (every level).</param>
public sealed record NominalChoices(NormalisationMethod? Normalise, AggregationMethod? Aggregate);
