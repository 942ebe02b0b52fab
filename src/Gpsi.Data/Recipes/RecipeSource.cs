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
