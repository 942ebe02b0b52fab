using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>The outcome of evaluating a recipe's derived series.</summary>
/// <param name="Observations">The derived values, each with provenance naming its inputs and flagged derived, ordered by series (recipe order), country, year.</param>
/// <param name="Notes">Per derived series and year, what was available.</param>
/// <param name="Diagnostics">Problems (an unknown input, overlapping Combine inputs, a negative value on a log scale …).</param>
public sealed record DerivationResult(
    ImmutableArray<Observation> Observations,
    ImmutableArray<DerivationNote> Notes,
    ImmutableArray<Diagnostic> Diagnostics);
