namespace Gpsi.Data.Store;

/// <summary>A recipe as the store keeps it: content-addressed by its hash, immutable.</summary>
/// <param name="Hash">The <c>sha256:…</c> hash of <paramref name="CanonicalJson"/>.</param>
/// <param name="Name">The recipe's machine name.</param>
/// <param name="CanonicalJson">The canonical JSON form (<c>RecipeCanonicalForm.ToJson</c>).</param>
public sealed record StoredRecipe(string Hash, string Name, string CanonicalJson);
