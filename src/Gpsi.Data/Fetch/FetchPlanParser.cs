using System.Globalization;
using System.Text.RegularExpressions;
using Gpsi.Data.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Fetch;

/// <summary>Reads <c>catalogue/online.yaml</c>; any problem throws <see cref="InvalidDataException"/> with its place.</summary>
internal static partial class FetchPlanParser
{
    private static readonly string[] TargetKeys =
        ["id", "api", "code", "source", "title", "publisher", "licence", "notes", "options", "series"];

    private static readonly Dictionary<string, ValueKind> Kinds =
        Enum.GetValues<ValueKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    private static readonly string[] SeriesKeys =
        ["indicator", "column", "unit", "kind", "range", "scale", "filter", "years"];

    public static FetchPlan Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{fileName}:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException($"{fileName}: expected one document with a 'targets' list.");
        }

        var reader = new Reader(fileName);
        var map = reader.Map(root, ["targets"]);
        if (!map.TryGetValue("targets", out var list) || list is not YamlSequenceNode targets)
        {
            throw reader.Fail(root, "expected a 'targets' list");
        }

        var parsed = targets.Children.Select(reader.Target).ToList();
        var duplicate = parsed.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{fileName}: target id '{duplicate.Key}' is used more than once.");
        }

        return new FetchPlan(parsed);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private sealed class Reader(string fileName)
    {
        public InvalidDataException Fail(YamlNode node, string message) =>
            new($"{fileName}:{node.Start.Line}:{node.Start.Column}: {message}");

        public Dictionary<string, YamlNode> Map(YamlNode node, IReadOnlyCollection<string> accepted)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw Fail(node, "expected a mapping");
            }

            var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (key, value) in mapping.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? throw Fail(key, "expected a plain key");
                if (!accepted.Contains(name))
                {
                    throw Fail(key, $"unknown key '{name}'; expected one of {string.Join(", ", accepted)}");
                }

                result[name] = value;
            }

            return result;
        }

        public FetchTarget Target(YamlNode node)
        {
            var map = Map(node, TargetKeys);
            var id = Text(map, node, "id");
            if (!IdPattern().IsMatch(id))
            {
                throw Fail(map["id"], $"target id '{id}' is not lowercase-with-dashes");
            }

            var api = Text(map, node, "api") switch
            {
                "worldbank" => FetchApi.WorldBank,
                "who-gho" => FetchApi.WhoGho,
                "owid" => FetchApi.Owid,
                var other => throw Fail(map["api"], $"unknown api '{other}'; expected worldbank, who-gho or owid"),
            };
            int? source = map.TryGetValue("source", out var s) ? (int)Number(s) : null;
            var series = map.TryGetValue("series", out var list) && list is YamlSequenceNode items
                ? items.Children.Select(Series).ToList()
                : throw Fail(node, $"target '{id}' has no 'series' list");
            return new FetchTarget(id, api, Text(map, node, "code"), source, Text(map, node, "title"),
                Text(map, node, "publisher"), Text(map, node, "licence"), OptionalText(map, "notes") ?? string.Empty,
                Pairs(map, "options"), series);
        }

        private SeriesEntry Series(YamlNode node)
        {
            var map = Map(node, SeriesKeys);
            var kindText = Text(map, node, "kind");
            if (!Kinds.TryGetValue(kindText, out var kind))
            {
                throw Fail(map["kind"], $"unknown kind '{kindText}'; expected count, rate, percent, score, estimate or money");
            }

            double? min = null, max = null;
            if (map.TryGetValue("range", out var range))
            {
                if (range is not YamlSequenceNode { Children.Count: 2 } bounds)
                {
                    throw Fail(range, "expected range: [min, max]");
                }

                min = NullableNumber(bounds.Children[0]);
                max = NullableNumber(bounds.Children[1]);
            }

            var scale = map.TryGetValue("scale", out var sc) ? Number(sc) : 1;
            return new SeriesEntry(Text(map, node, "indicator"), Text(map, node, "column"), Text(map, node, "unit"),
                kind, min, max, scale, Pairs(map, "filter"), OptionalText(map, "years"));
        }

        private string Text(Dictionary<string, YamlNode> map, YamlNode owner, string key) =>
            OptionalText(map, key) is { Length: > 0 } text ? text : throw Fail(owner, $"'{key}' is missing or empty");

        private string? OptionalText(Dictionary<string, YamlNode> map, string key) =>
            !map.TryGetValue(key, out var node) ? null
            : node is YamlScalarNode scalar ? scalar.Value
            : throw Fail(node, $"'{key}' should be a text value");

        private double? NullableNumber(YamlNode node) =>
            node is YamlScalarNode { Value: "null" or "~" or "" } ? null : Number(node);

        private double Number(YamlNode node) =>
            node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Fail(node, "expected a number");

        private Dictionary<string, string> Pairs(Dictionary<string, YamlNode> map, string key)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!map.TryGetValue(key, out var node))
            {
                return result;
            }

            if (node is not YamlMappingNode pairs)
            {
                throw Fail(node, $"'{key}' should be a mapping such as {{ name: value }}");
            }

            foreach (var (k, v) in pairs.Children)
            {
                result[(k as YamlScalarNode)?.Value ?? throw Fail(k, "expected a plain key")] =
                    (v as YamlScalarNode)?.Value ?? throw Fail(v, "expected a text value");
            }

            return result;
        }
    }
}
