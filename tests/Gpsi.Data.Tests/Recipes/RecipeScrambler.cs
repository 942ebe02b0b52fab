using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gpsi.Core.Recipes;

namespace Gpsi.Data.Tests.Recipes;

/// <summary>
/// Rewrites a recipe file without changing its meaning: shuffled keys, flow or block style per collection, JSON or
/// YAML, quoted or plain strings, numbers spelt differently, comments, and defaults written out (node names equal to
/// their codes, weight 1, direction 1, reference per-year, methods with every number). Deterministic per seed.
/// </summary>
public sealed class RecipeScrambler(int seed)
{
    // Keys whose values are real numbers, which may be spelt 2, 2.0 or 2.0000000000000000E+000.
    private static readonly string[] DoubleKeys =
        ["weight", "weights", "target", "scale", "goalposts", "thresholds", "min-availability"];

    private readonly Random _random = new(seed);

    public string Scramble(Recipe recipe)
    {
        var root = JsonNode.Parse(Gpsi.Data.Recipes.RecipeWriter.ToJson(recipe))!.AsObject();
        SpellOutDefaults(root);
        if (_random.Next(4) == 0)
        {
            return Json(root, indented: _random.Next(2) == 0);
        }

        var text = new StringBuilder();
        if (_random.Next(2) == 0)
        {
            text.Append("# a comment before everything\n");
        }

        BlockMap(text, root, 0, string.Empty);
        return text.ToString();
    }

    private void SpellOutDefaults(JsonObject root)
    {
        foreach (var node in root["indicators"]!.AsArray().Concat(root["aggregates"]!.AsArray()))
        {
            var map = node!.AsObject();
            if (!map.ContainsKey("name") && _random.Next(2) == 0)
            {
                map["name"] = map["code"]!.GetValue<string>();
            }

            if (!map.ContainsKey("weight") && _random.Next(2) == 0)
            {
                map["weight"] = _random.Next(2) == 0 ? 1 : 1.0;
            }

            if (root["indicators"]!.AsArray().Contains(node) && !map.ContainsKey("direction") && _random.Next(2) == 0)
            {
                map["direction"] = _random.Next(2) == 0 ? "positive" : "+1";
            }
        }

        if (root["steps"] is JsonArray steps)
        {
            foreach (var step in steps)
            {
                var (kind, body) = step!.AsObject().Single();
                step.AsObject()[kind] = SpellOutStep(kind, body);
            }
        }

        if (root["bands"] is JsonValue bands)
        {
            root["bands"] = Explicit("bands", bands.GetValue<string>());
        }
    }

    private JsonNode? SpellOutStep(string kind, JsonNode? body)
    {
        if (body is JsonValue method)
        {
            var text = Explicit(kind, method.GetValue<string>());
            if (_random.Next(2) == 0)
            {
                return text;
            }

            body = new JsonObject { ["method"] = text };
        }

        if (body is not JsonObject map)
        {
            return body;
        }

        if (map["method"] is JsonValue m)
        {
            map["method"] = Explicit(kind, m.GetValue<string>());
        }

        if (kind == "normalise" && !map.ContainsKey("reference") && _random.Next(2) == 0)
        {
            map["reference"] = "per-year";
        }

        foreach (var key in new[] { "per-indicator", "by-level" })
        {
            if (map[key] is JsonObject per)
            {
                foreach (var code in per.Select(e => e.Key).ToList())
                {
                    per[code] = Explicit(kind, per[code]!.GetValue<string>());
                }
            }
        }

        return map;
    }

    private string Explicit(string kind, string method)
    {
        if (_random.Next(2) == 0)
        {
            return method;
        }

        return kind switch
        {
            "impute" => MethodSyntax.Format(MethodSyntax.ParseImputation(method).Method!, true),
            "treat" => MethodSyntax.Format(MethodSyntax.ParseTreatment(method).Method!, true),
            "normalise" => MethodSyntax.Format(MethodSyntax.ParseNormalisation(method).Method!, true),
            "aggregate" => MethodSyntax.Format(MethodSyntax.ParseAggregation(method).Method!, true),
            "bands" => MethodSyntax.Format(MethodSyntax.ParseBands(method).Method!, true),
            _ => method,
        };
    }

    private List<KeyValuePair<string, JsonNode?>> Shuffled(JsonObject map) =>
        [.. map.OrderBy(_ => _random.Next())];

    private void BlockMap(StringBuilder text, JsonObject map, int indent, string context)
    {
        foreach (var (key, value) in Shuffled(map))
        {
            var inner = context == "weights" ? context : key;
            if (_random.Next(6) == 0)
            {
                text.Append(' ', indent).Append("# about ").Append(key).Append('\n');
            }

            text.Append(' ', indent).Append(Key(key)).Append(':');
            Value(text, value, indent, inner);
        }
    }

    private void Value(StringBuilder text, JsonNode? value, int indent, string context)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 } map when _random.Next(2) == 0:
                text.Append('\n');
                BlockMap(text, map, indent + 2, context);
                break;
            case JsonArray { Count: > 0 } list when _random.Next(2) == 0:
                text.Append('\n');
                foreach (var item in list)
                {
                    text.Append(' ', indent + 2).Append('-');
                    if (item is JsonObject { Count: > 0 } itemMap && _random.Next(2) == 0)
                    {
                        text.Append('\n');
                        BlockMap(text, itemMap, indent + 4, context);
                    }
                    else
                    {
                        text.Append(' ').Append(Flow(item, context)).Append('\n');
                    }
                }

                break;
            default:
                text.Append(' ').Append(Flow(value, context)).Append('\n');
                break;
        }
    }

    private string Flow(JsonNode? value, string context) => value switch
    {
        null => _random.Next(2) == 0 ? "null" : "~",
        JsonObject map => "{" + string.Join(", ", Shuffled(map).Select(e =>
            Key(e.Key) + ": " + Flow(e.Value, context == "weights" ? context : e.Key))) + "}",
        JsonArray list => "[" + string.Join(", ", list.Select(item => Flow(item, context))) + "]",
        JsonValue v when v.TryGetValue<string>(out var s) => Text(s),
        JsonValue v => DoubleKeys.Contains(context) ? Number(v.GetValue<double>()) : v.ToJsonString(),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private string Key(string key) =>
        key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && _random.Next(2) == 0
            ? key
            : JsonSerializer.Serialize(key);

    // Double-quoted JSON strings are valid YAML; plain only when it is obviously safe.
    private string Text(string s) =>
        s.Length > 0 && char.IsAsciiLetter(s[0]) && s.All(char.IsAsciiLetterOrDigit) && s is not ("null" or "yes" or "no"
            or "true" or "false" or "on" or "off" or "y" or "n") && _random.Next(2) == 0
            ? s
            : JsonSerializer.Serialize(s);

    private string Number(double d) => _random.Next(3) switch
    {
        0 => d.ToString("R", CultureInfo.InvariantCulture),
        1 => d.ToString("E16", CultureInfo.InvariantCulture),
        _ => d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("F1", CultureInfo.InvariantCulture)
            : d.ToString("R", CultureInfo.InvariantCulture),
    };

    private string Json(JsonObject root, bool indented)
    {
        var reordered = Reorder(root);
        return reordered!.ToJsonString(new JsonSerializerOptions { WriteIndented = indented });
    }

    private JsonNode? Reorder(JsonNode? node) => node switch
    {
        JsonObject map => new JsonObject(Shuffled(map).Select(e => KeyValuePair.Create(e.Key, Reorder(e.Value)))),
        JsonArray list => new JsonArray([.. list.Select(Reorder)]),
        _ => node?.DeepClone(),
    };
}
