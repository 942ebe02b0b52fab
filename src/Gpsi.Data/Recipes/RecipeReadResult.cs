using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;

namespace Gpsi.Data.Recipes;

/// <summary>What reading a recipe file gave: the recipe when it is usable, and every problem found.</summary>
/// <param name="Recipe">The recipe; null when any error was found.</param>
/// <param name="Diagnostics">Errors and warnings, in file order, each with file, line, column and field path.</param>
public sealed record RecipeReadResult(Recipe? Recipe, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the recipe was read without errors (warnings may remain).</summary>
    [MemberNotNullWhen(true, nameof(Recipe))]
    public bool Succeeded => Recipe is not null;
}
