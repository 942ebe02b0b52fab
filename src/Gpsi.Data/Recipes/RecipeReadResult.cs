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

    /// <summary>Maps a recipe field path (<c>indicators[3].code</c>) to where the file wrote it.</summary>
    internal Func<string, SourceLocation>? Locator { get; init; }

    /// <summary>
    /// Gives a diagnostic raised later against this recipe (by a build) the file, line and column of the field it
    /// names; diagnostics that already name a file, or name no field, are returned unchanged.
    /// </summary>
    public Diagnostic Locate(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Location is { File: null, Field: { } field } && Locator is { } locate
            ? diagnostic with { Location = locate(field) }
            : diagnostic;
    }
}
