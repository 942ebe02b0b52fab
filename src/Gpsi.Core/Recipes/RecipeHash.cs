using System.Security.Cryptography;
using System.Text;

namespace Gpsi.Core.Recipes;

/// <summary>
/// A recipe's identity: <c>sha256:</c> followed by the lowercase hex SHA-256 of the UTF-8 bytes of
/// <see cref="RecipeCanonicalForm.ToJson"/>. Formatting, comments, key order, YAML or JSON, and writing a default out
/// or leaving it implied never change it; any change in meaning does.
/// </summary>
public static class RecipeHash
{
    /// <summary>The prefix naming the hash function.</summary>
    public const string Prefix = "sha256:";

    /// <summary>The hash of <paramref name="recipe"/>, e.g. <c>sha256:3f2a…</c> (71 characters).</summary>
    public static string Compute(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(RecipeCanonicalForm.ToJson(recipe)));
        return Prefix + Convert.ToHexStringLower(bytes);
    }
}
