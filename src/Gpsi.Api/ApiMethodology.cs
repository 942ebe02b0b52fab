using System.Text.Json;

namespace Gpsi.Api;

/// <summary>The body of <c>GET /api/methodology</c>: the recipe behind a year's edition and the methodology
/// document generated from it.</summary>
/// <param name="Year">The edition year.</param>
/// <param name="Edition">The edition id.</param>
/// <param name="RecipeHash">The recipe hash (the SHA-256 of <paramref name="Recipe"/>'s canonical text).</param>
/// <param name="Recipe">The canonical recipe JSON as an object.</param>
/// <param name="Markdown">The text of <c>docs/methodology.md</c> generated from the recipe (<c>gpsi methodology</c>).</param>
public sealed record ApiMethodology(int Year, string Edition, string RecipeHash, JsonElement Recipe, string Markdown);
