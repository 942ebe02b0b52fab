using Gpsi.Core.Recipes;
using Gpsi.Data.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Recipes;

/// <summary>
/// One recipe file being read: a <see cref="YamlSource"/> whose diagnostic codes start with <c>recipe.</c>, plus the
/// <c>reason</c> texts it collects.
/// </summary>
internal sealed class RecipeSource(string fileName) : YamlSource(fileName, "recipe", "the recipe")
{
    /// <summary>The <c>reason</c> texts read so far, by the field path they explain.</summary>
    public SortedDictionary<string, string> Reasons { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="map"/>'s <c>reason</c> key, if any, as the reason for <paramref name="key"/>.</summary>
    public void Reason(YamlMap map, string key)
    {
        if (map.Get("reason") is { } node && String(node, map.Child("reason"), nullable: false) is { } text)
        {
            Reasons[key] = text;
        }
    }
}
