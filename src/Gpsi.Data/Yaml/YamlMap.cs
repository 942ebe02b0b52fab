using Gpsi.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Yaml;

/// <summary>
/// A YAML mapping at a field path: keys are checked against the accepted set on construction (an unknown key is an
/// error suggesting the closest accepted one), and each value's position is remembered under <c>path.key</c>.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlSource _source;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly YamlNode _writtenAs;

    public YamlMap(YamlSource source, YamlMappingNode node, string path, IReadOnlyCollection<string>? accepted,
        YamlNode? writtenAs = null)
    {
        _source = source;
        Node = node;
        _writtenAs = writtenAs ?? node;
        Path = path;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || YamlSource.IsNull(keyNode))
            {
                source.Error(source.Code("wrong-type"), $"A key in {Describe()} is not a plain name.", source.At(keyNode, path),
                    YamlSource.Found(keyNode), "a name such as 'code'");
                continue;
            }

            if (accepted is not null && !accepted.Contains(key))
            {
                var near = Suggestions.Closest(key, accepted);
                var hint = near is null ? "." : $"; did you mean '{near}'?";
                source.Error(source.Code("unknown-key"), $"Unknown key '{key}' in {Describe()}{hint}",
                    source.At(keyNode, Child(key)), key,
                    accepted.Count == 0 ? "no keys" : "one of " + string.Join(", ", accepted));
                continue;
            }

            _values[key] = value;
            source.Remember(Child(key), value);
        }
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    public IEnumerable<KeyValuePair<string, YamlNode>> Entries => _values;

    public string Child(string key) => Path.Length == 0 ? key : Path + "." + key;

    public YamlNode? Get(string key) => _values.GetValueOrDefault(key);

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>The value of a required key; its absence is an error at the mapping.</summary>
    public YamlNode? Required(string key, string expected)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }

        var present = Node.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == key);
        if (!present)
        {
            _source.Error(_source.Code("missing-key"), $"{Describe()} has no '{key}'.", _source.At(_writtenAs, Child(key)), null,
                $"'{key}': {expected}");
        }

        return null;
    }

    private string Describe() => Path.Length == 0 ? _source.DocumentName : Path;
}
