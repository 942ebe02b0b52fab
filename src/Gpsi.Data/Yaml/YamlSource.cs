using Gpsi.Core.Recipes;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Yaml;

/// <summary>
/// One YAML file being read (a recipe, the source catalogue): the diagnostics found so far, the position of every
/// field path seen, and readers for scalar values that report a wrong type or a bad number where it is. Diagnostic
/// codes start with <see cref="CodePrefix"/> (<c>recipe.wrong-type</c>, <c>catalogue.unknown-key</c>).
/// </summary>
internal class YamlSource(string fileName, string codePrefix, string documentName)
{
    private static readonly string[] NullWords = ["", "~", "null", "Null", "NULL"];

    private readonly Dictionary<string, Mark> _positions = new(StringComparer.Ordinal);

    public string FileName => fileName;

    /// <summary>The first part of every diagnostic code, e.g. <c>recipe</c>.</summary>
    public string CodePrefix => codePrefix;

    /// <summary>How messages name the whole document, e.g. <c>the recipe</c>.</summary>
    public string DocumentName => documentName;

    /// <summary>A diagnostic code under <see cref="CodePrefix"/>: <c>Code("wrong-type")</c> → <c>recipe.wrong-type</c>.</summary>
    public string Code(string name) => codePrefix + "." + name;

    public List<Diagnostic> Diagnostics { get; } = [];

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Remembers where <paramref name="path"/> is written.</summary>
    public void Remember(string path, YamlNode node) => _positions.TryAdd(path, node.Start);

    public SourceLocation At(Mark mark, string? path) =>
        new(fileName, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), path);

    public SourceLocation At(YamlNode node, string? path) => At(node.Start, path);

    /// <summary>The position of <paramref name="path"/>, or of its nearest written ancestor (the file when none).</summary>
    public SourceLocation Locate(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_positions.TryGetValue(p, out var mark))
            {
                return At(mark, path);
            }
        }

        return new SourceLocation(fileName, Field: path);
    }

    public void Error(string code, string message, SourceLocation location, string? found, string? expected) =>
        Diagnostics.Add(Diagnostic.Error(code, message, location, found, expected));

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s && NullWords.Contains(s.Value ?? "");

    /// <summary>A string value; null for a YAML null when <paramref name="nullable"/>, else an error.</summary>
    public string? String(YamlNode node, string path, bool nullable = true)
    {
        Remember(path, node);
        if (IsNull(node))
        {
            if (!nullable)
            {
                WrongType(node, path, "a non-empty text value");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        WrongType(node, path, "a text value");
        return null;
    }

    public double? Number(YamlNode node, string path, bool nullable = false)
    {
        var text = Scalar(node, path, nullable, "a number");
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        Error(Code("bad-number"), $"'{text}' is not a number.", At(node, path), text,
            "a finite number such as 0.5, 12 or 1e5 (invariant culture: '.' for decimals)");
        return null;
    }

    public int? Integer(YamlNode node, string path, bool nullable = false)
    {
        var text = Scalar(node, path, nullable, "a whole number");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Code("bad-number"), $"'{text}' is not a whole number.", At(node, path), text, "a whole number");
        return null;
    }

    /// <summary>One of <paramref name="allowed"/> (ignoring case); an error names them all.</summary>
    public int? Choice(YamlNode node, string path, params string[] allowed)
    {
        var text = String(node, path, nullable: false);
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < allowed.Length; i++)
        {
            if (string.Equals(text, allowed[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        var hint = Suggestions.Closest(text, allowed) is { } near ? $"; did you mean '{near}'?" : ".";
        Error(Code("bad-value"), $"'{text}' is not allowed here{hint}", At(node, path), text,
            "one of " + string.Join(", ", allowed));
        return null;
    }

    /// <summary>The node as a mapping, reporting a wrong type; a YAML null is an empty map when allowed.</summary>
    public YamlMap? Map(YamlNode node, string path, IReadOnlyCollection<string>? accepted, bool nullIsEmpty = false)
    {
        Remember(path, node);
        return node switch
        {
            YamlMappingNode map => new YamlMap(this, map, path, accepted),
            _ when nullIsEmpty && IsNull(node) => new YamlMap(this, new YamlMappingNode(), path, accepted, node),
            _ => WrongTypeMap(node, path),
        };
    }

    public YamlSequenceNode? Sequence(YamlNode node, string path, string expected)
    {
        Remember(path, node);
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        WrongType(node, path, expected);
        return null;
    }

    public void WrongType(YamlNode node, string path, string expected) =>
        Error(Code("wrong-type"), $"{path} should be {expected}, not {Describe(node)}.", At(node, path),
            Found(node), expected);

    public static string Found(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? string.Empty,
        YamlSequenceNode => "[…]",
        _ => "{…}",
    };

    private YamlMap? WrongTypeMap(YamlNode node, string path)
    {
        WrongType(node, path, "a map of keys and values");
        return null;
    }

    private string? Scalar(YamlNode node, string path, bool nullable, string expected)
    {
        Remember(path, node);
        if (IsNull(node))
        {
            if (!nullable)
            {
                WrongType(node, path, expected);
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } text })
        {
            return text.Trim();
        }

        WrongType(node, path, expected);
        return null;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode when IsNull(node) => "empty (null)",
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        _ => "a map",
    };

    private static string Parent(string path)
    {
        if (path.EndsWith(']'))
        {
            return path[..path.LastIndexOf('[')];
        }

        var dot = path.LastIndexOf('.');
        return dot < 0 ? string.Empty : path[..dot];
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
            Error(Code("bad-method"), result.Error!, At(node, path), text, result.Expected);
        }

        return result.Method;
    }
}
