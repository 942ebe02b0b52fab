using System.Collections.Immutable;
using Gpsi.Core.Uncertainty;

namespace Gpsi.Core.Recipes;

/// <summary>
/// The recipe's default uncertainty analysis: the factors nobody can prove right, and how many seeded replications
/// give every published rank its interval. Part of the recipe, so part of its hash: the intervals are as reproducible
/// as the ranks.
/// </summary>
/// <param name="Factors">The uncertain factors (at least one).</param>
/// <param name="Replications">Replications per edition year (at least 1).</param>
/// <param name="Seed">The random seed.</param>
public sealed record UncertaintySettings(ImmutableArray<Factor> Factors, int Replications, int Seed);
