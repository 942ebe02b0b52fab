using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gpsi.Core.Recipes;
using Gpsi.Data.Yaml;

namespace Gpsi.Data.Recipes;

/// <summary>
/// Writes a <see cref="Recipe"/> as a recipe file in the shape <see cref="RecipeReader"/> reads (see
/// <c>docs/recipe.md</c>): keys in a fixed order, defaults left out, methods in their short
/// <see cref="MethodSyntax"/> form. Reading the output back gives a recipe with the same canonical form and hash.
/// </summary>
public static class RecipeWriter
{
    /// <summary>
    /// The recipe as YAML: a header comment with its hash, block style for the tree and the steps, one-line maps for
    /// variables and aggregates. Lines end with <c>\n</c>.
    /// </summary>
    public static string ToYaml(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var text = new StringBuilder();
        text.Append("# GPSI recipe ").Append(RecipeHash.Compute(recipe)).Append('\n');
        WriteEntries(text, RecipeDocument.Build(recipe), 0, null);
        return text.ToString();
    }

    /// <summary>The recipe as indented JSON (a recipe file too: JSON is YAML), in the same shape and order.</summary>
    public static string ToJson(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            WriteJson(writer, RecipeDocument.Build(recipe));
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    // Writes the entries of a block map at `indent`; the first line starts with `firstPrefix` ("- ") when the map is
    // a list item.
    private static void WriteEntries(StringBuilder text, RecipeDocument.Map map, int indent, string? firstPrefix)
    {
        for (var i = 0; i < map.Count; i++)
        {
            var (key, value) = map[i];
            var lead = i == 0 && firstPrefix is not null
                ? new string(' ', indent) + firstPrefix
                : new string(' ', indent + (firstPrefix?.Length ?? 0));
            var inner = indent + (firstPrefix?.Length ?? 0) + 2;
            text.Append(lead).Append(YamlScalars.String(key, flow: true)).Append(':');
            switch (value)
            {
                case RecipeDocument.Map { Flow: false, Count: > 0 } block:
                    text.Append('\n');
                    WriteEntries(text, block, inner, null);
                    break;
                case RecipeDocument.Map:
                    text.Append(' ').Append(Inline(value)).Append('\n');
                    break;
                case IList list when list.Count > 0 && !list.Cast<object?>().All(IsScalar):
                    text.Append('\n');
                    foreach (var item in list)
                    {
                        WriteItem(text, item, inner);
                    }

                    break;
                default:
                    text.Append(' ').Append(Inline(value)).Append('\n');
                    break;
            }
        }
    }

    private static void WriteItem(StringBuilder text, object? item, int indent)
    {
        if (item is RecipeDocument.Map { Flow: false, Count: > 0 } block)
        {
            WriteEntries(text, block, indent, "- ");
        }
        else
        {
            text.Append(' ', indent).Append("- ").Append(Inline(item)).Append('\n');
        }
    }

    private static bool IsScalar(object? value) => value is null or string or int or double;

    // One-line form: scalars, flow maps, lists of scalars (and, defensively, anything nested).
    private static string Inline(object? value) => value switch
    {
        null => "null",
        string s => YamlScalars.String(s, flow: false),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => YamlScalars.Number(d),
        RecipeDocument.Map { Count: 0 } => "{}",
        RecipeDocument.Map map => "{ " + string.Join(", ", map.Select(e =>
            YamlScalars.String(e.Key, flow: true) + ": " + InlineFlow(e.Value))) + " }",
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(InlineFlow)) + "]",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a recipe document value."),
    };

    private static string InlineFlow(object? value) =>
        value is string s ? YamlScalars.String(s, flow: true) : Inline(value);

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                writer.WriteRawValue(YamlScalars.Number(d));
                break;
            case RecipeDocument.Map map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteJson(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IList list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a recipe document value.");
        }
    }
}
