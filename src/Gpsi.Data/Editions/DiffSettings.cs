using Gpsi.Core.Recipes;
using Gpsi.Data.Countries;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Editions;

/// <summary>What <see cref="EditionDiff.CompareAsync"/> needs besides the store and the two editions.</summary>
/// <param name="Registry">The country registry the builds use (from the data folder).</param>
/// <param name="Catalogue">The source catalogue (only the builds' sources list reads it).</param>
/// <param name="DraftRecipe">A recipe to use instead of edition B's published one ("what would my change do"); null for the published one.</param>
/// <param name="Node">The node to compare; null for the index root.</param>
public sealed record DiffSettings(
    CountryRegistry Registry,
    SourceCatalogue Catalogue,
    Recipe? DraftRecipe = null,
    string? Node = null);
