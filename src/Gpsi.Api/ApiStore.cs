using System.Collections.Concurrent;
using Gpsi.Core.Editions;
using Gpsi.Data.Recipes;
using Gpsi.Data.Store;

namespace Gpsi.Api;

/// <summary>
/// The store as the API reads it. Editions and recipes are immutable once published, so they are cached by id and
/// hash; which edition is current is asked of the store on every request (a new edition may be published while
/// the API runs).
/// </summary>
internal sealed class ApiStore(IGpsiStore store)
{
    private readonly ConcurrentDictionary<string, Edition> editions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> roots = new(StringComparer.Ordinal);

    public IGpsiStore Store => store;

    /// <summary>The edition with this id (cached), or null when there is none.</summary>
    public async Task<Edition?> EditionAsync(string id, CancellationToken cancel)
    {
        if (editions.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var edition = await store.GetEditionAsync(id, cancel).ConfigureAwait(false);
        return edition is null ? null : editions.GetOrAdd(id, edition);
    }

    /// <summary>
    /// The root node's code of <paramref name="edition"/>: the recipe's single node without a parent; when the recipe
    /// is missing or has several roots, the node of the rows with a rank interval, else of the rows with a band.
    /// Null when none of these finds one.
    /// </summary>
    public async Task<string?> RootAsync(Edition edition, CancellationToken cancel)
    {
        if (roots.TryGetValue(edition.RecipeHash, out var code))
        {
            return code ?? FromRows(edition);
        }

        string? fromRecipe = null;
        var stored = await store.GetRecipeAsync(edition.RecipeHash, cancel).ConfigureAwait(false);
        if (stored is not null && RecipeReader.Read(stored.CanonicalJson, $"recipe {stored.Hash}").Recipe is { } recipe)
        {
            var parentless = recipe.Nodes.Where(n => n.Parent is null).Take(2).ToList();
            fromRecipe = parentless.Count == 1 ? parentless[0].Code : null;
        }

        roots.TryAdd(edition.RecipeHash, fromRecipe);
        return fromRecipe ?? FromRows(edition);
    }

    private static string? FromRows(Edition edition) =>
        edition.Rows.FirstOrDefault(r => r.Interval is not null)?.Node
        ?? edition.Rows.FirstOrDefault(r => r.Band is not null)?.Node;
}
