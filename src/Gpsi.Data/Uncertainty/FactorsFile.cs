using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;

namespace Gpsi.Data.Uncertainty;

/// <summary>A factors file: the nominal recipe's choices and the uncertain factors.</summary>
/// <param name="Nominal">Normalisation and aggregation of the nominal recipe, when the file sets them.</param>
/// <param name="Factors">The factors, in file order.</param>
public sealed record FactorsFile(NominalChoices Nominal, ImmutableArray<Factor> Factors)
{
    /// <summary>Where each factor and each of its values is written (parallel to <see cref="Factors"/>); empty when not read from a file.</summary>
    public ImmutableArray<FactorOrigin> Origins { get; init; } = [];

    /// <summary>
    /// Checks the factors against the recipe they will vary (<see cref="FactorChecks.Check"/>): every problem is a
    /// diagnostic at the factor's place in this file. True when there is no error.
    /// </summary>
    public bool Check(Recipe recipe, List<Diagnostic> diagnostics) => FactorChecks.Check(recipe, Factors, Origins, diagnostics);
}
