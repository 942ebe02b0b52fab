using Gpsi.Core.Recipes;
using Gpsi.Data.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Recipes;

/// <summary>
/// One recipe file being read: a <see cref="YamlSource"/> whose diagnostic codes start with <c>recipe.</c>, plus the
/// reader for methods written in <see cref="MethodSyntax"/>.
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

    /// <summary>A method in <see cref="MethodSyntax"/>; a parse error names what the syntax expects.</summary>
    public T? Method<T>(YamlNode node, string path, Func<string, MethodParseResult<T>> parse)
        where T : class
    {
        var text = String(node, path, nullable: false);
        if (text is null)
        {
            return null;
        }

        var result = parse(text);
        if (!result.Succeeded)
        {
            Error("recipe.bad-method", result.Error!, At(node, path), text, result.Expected);
        }

        return result.Method;
    }
}
