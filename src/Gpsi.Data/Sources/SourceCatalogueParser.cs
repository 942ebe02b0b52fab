using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Sources;

/// <summary>
/// Turns a catalogue's YAML tree into <see cref="SourceEntry"/>s, reporting every problem where it is written: unknown
/// and missing keys, wrong types, unknown formats and kinds, bad ids, duplicate ids and indicators, bad ranges and
/// scales. Entries with errors are left out.
/// </summary>
internal sealed partial class SourceCatalogueParser(YamlSource source)
{
    private readonly Dictionary<string, YamlNode> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> _indicators = new(StringComparer.Ordinal);

    public List<SourceEntry> Parse(YamlNode root)
    {
        var entries = new List<SourceEntry>();
        if (source.Map(root, string.Empty, SourceCatalogueKeys.Root) is not { } map
            || map.Required("sources", "a list of sources") is not { } list
            || source.Sequence(list, "sources", "a list of sources, each a map with id, title, file …") is not { } items)
        {
            return entries;
        }

        for (var i = 0; i < items.Children.Count; i++)
        {
            var path = $"sources[{i}]";
            if (source.Map(items.Children[i], path, SourceCatalogueKeys.Source) is { } entry
                && Entry(entry, path) is { } parsed)
            {
                entries.Add(parsed);
            }
        }

        return entries;
    }

    private SourceEntry? Entry(YamlMap map, string path)
    {
        var errors = source.Errors;
        var id = Id(map, path);
        var title = Required(map, path, "title", "what the data set is, in a few words");
        var publisher = Required(map, path, "publisher", "the original publisher");
        var url = Required(map, path, "url", "where the data set is published or was mirrored from");
        var licence = Required(map, path, "licence", "the licence or terms of use");
        var file = File(map, path);
        var format = Format(map, path);
        var vintage = Required(map, path, "vintage", "the release or retrieval date, e.g. \"2022-02-09\"");
        var notes = map.Get("notes") is { } n ? source.String(n, path + ".notes") ?? string.Empty : string.Empty;
        var options = map.Get("options") is { } o ? Strings(o, path + ".options") : Empty;
        var series = Series(map, path, format);
        return source.Errors > errors
            ? null
            : new SourceEntry(id!, title!, publisher!, url!, licence!, file!, format!, vintage!, series, notes,
                options);
    }

    private string? Id(YamlMap map, string path)
    {
        if (map.Required("id", "a unique id in lowercase letters, digits and dashes") is not { } node
            || source.String(node, path + ".id", nullable: false) is not { } id)
        {
            return null;
        }

        if (!IdPattern().IsMatch(id))
        {
            source.Error(source.Code("bad-id"), $"'{id}' is not a valid source id.", source.At(node, path + ".id"), id,
                "lowercase letters and digits in words joined by single dashes, e.g. unodc-homicide-owid");
        }
        else if (!_ids.TryAdd(id, node))
        {
            source.Error(source.Code("duplicate-id"), $"Source id '{id}' is used twice.", source.At(node, path + ".id"),
                id, $"an id not used before (first at line {_ids[id].Start.Line})");
        }

        return id;
    }

    private string? File(YamlMap map, string path)
    {
        if (Required(map, path, "file", "the file, relative to the data folder") is not { } file)
        {
            return null;
        }

        var parts = file.Split('/');
        if (file.Contains('\\', StringComparison.Ordinal) || file.StartsWith('/') || Path.IsPathRooted(file)
            || parts.Any(p => p is "" or "." or ".."))
        {
            source.Error(source.Code("bad-file"), $"'{file}' is not a relative path inside the data folder.",
                source.Locate(path + ".file"), file,
                "a relative path with forward slashes and no '..', e.g. homicide/unodc_homicide_rate_owid.csv");
        }

        return file;
    }

    private string? Format(YamlMap map, string path)
    {
        if (Required(map, path, "format", "the file layout, one of " + string.Join(", ", SourceFormats.All))
            is not { } format)
        {
            return null;
        }

        if (!SourceFormats.All.Contains(format, StringComparer.Ordinal))
        {
            var hint = Suggestions.Closest(format, SourceFormats.All) is { } near
                ? $"; did you mean '{near}'?"
                : ".";
            source.Error(source.Code("unknown-format"), $"Unknown format '{format}'{hint}",
                source.Locate(path + ".format"), format, "one of " + string.Join(", ", SourceFormats.All));
            return null;
        }

        return format;
    }

    private ReadOnlyCollection<SeriesEntry> Series(YamlMap map, string path, string? format)
    {
        var list = new List<SeriesEntry>();
        var node = map.Get("series");
        if (format is null)
        {
            return list.AsReadOnly();
        }

        if (!SourceFormats.HasSeries(format))
        {
            if (node is YamlSequenceNode { Children.Count: > 0 })
            {
                source.Error(source.Code("unexpected-series"), $"Format '{format}' describes a file without series.",
                    source.At(node, path + ".series"), "series", "no series for formats "
                    + string.Join(", ", SourceFormats.Descriptive));
            }

            return list.AsReadOnly();
        }

        if (map.Required("series", "the indicator series read from the file") is not { } seriesNode
            || source.Sequence(seriesNode, path + ".series", "a list of series, each a map with indicator, column …")
                is not { } items)
        {
            return list.AsReadOnly();
        }

        if (items.Children.Count == 0)
        {
            source.Error(source.Code("no-series"), $"Source {path} lists no series.", source.At(items, path + ".series"),
                "[]", "at least one series: a data file is catalogued for the values it yields");
        }

        for (var i = 0; i < items.Children.Count; i++)
        {
            var itemPath = $"{path}.series[{i}]";
            if (source.Map(items.Children[i], itemPath, SourceCatalogueKeys.Series) is { } item
                && OneSeries(item, itemPath) is { } parsed)
            {
                list.Add(parsed);
            }
        }

        return list.AsReadOnly();
    }

    private SeriesEntry? OneSeries(YamlMap map, string path)
    {
        var errors = source.Errors;
        var indicator = Indicator(map, path);
        var column = Required(map, path, "column", "the value column as written in the file's header");
        var unit = Required(map, path, "unit", "the unit after scaling, e.g. per 100k");
        var kind = Kind(map, path);
        var (min, max) = map.Get("range") is { } r ? Range(r, path + ".range") : (null, null);
        var scale = map.Get("scale") is { } s ? Scale(s, path + ".scale") : 1;
        var filter = map.Get("filter") is { } f ? Strings(f, path + ".filter") : Empty;
        var years = map.Get("years") is { } y ? source.String(y, path + ".years") : null;
        return source.Errors > errors
            ? null
            : new SeriesEntry(indicator!, column!, unit!, kind!.Value, min, max, scale, filter, years);
    }

    private string? Indicator(YamlMap map, string path)
    {
        if (map.Required("indicator", "a unique indicator code in lowercase_underscore") is not { } node
            || source.String(node, path + ".indicator", nullable: false) is not { } indicator)
        {
            return null;
        }

        if (!IndicatorPattern().IsMatch(indicator))
        {
            source.Error(source.Code("bad-indicator"), $"'{indicator}' is not a valid indicator code.",
                source.At(node, path + ".indicator"), indicator,
                "lowercase letters and digits in words joined by single underscores, starting with a letter");
        }
        else if (!_indicators.TryAdd(indicator, node))
        {
            source.Error(source.Code("duplicate-indicator"), $"Indicator '{indicator}' is defined twice.",
                source.At(node, path + ".indicator"), indicator,
                $"an indicator not used before in the catalogue (first at line {_indicators[indicator].Start.Line})");
        }

        return indicator;
    }

    private ValueKind? Kind(YamlMap map, string path)
    {
        var kinds = SourceCatalogueKeys.Kinds;
        if (Required(map, path, "kind", "one of " + string.Join(", ", kinds)) is not { } kind)
        {
            return null;
        }

        var index = kinds.IndexOf(kind);
        if (index >= 0)
        {
            return Enum.GetValues<ValueKind>()[index];
        }

        var hint = Suggestions.Closest(kind, kinds) is { } near ? $"; did you mean '{near}'?" : ".";
        source.Error(source.Code("unknown-kind"), $"Unknown kind '{kind}'{hint}", source.Locate(path + ".kind"), kind,
            "one of " + string.Join(", ", kinds));
        return null;
    }

    private (double? Min, double? Max) Range(YamlNode node, string path)
    {
        const string Expected = "[min, max]: two numbers, either may be null";
        if (source.Sequence(node, path, Expected) is not { } items)
        {
            return (null, null);
        }

        if (items.Children.Count != 2)
        {
            source.Error(source.Code("wrong-type"), $"{path} needs exactly two values.", source.At(node, path),
                $"{items.Children.Count} values", Expected);
            return (null, null);
        }

        var min = source.Number(items.Children[0], path + "[0]", nullable: true);
        var max = source.Number(items.Children[1], path + "[1]", nullable: true);
        if (min > max)
        {
            source.Error(source.Code("bad-range"), $"{path} has its minimum above its maximum.", source.At(node, path),
                $"[{Text(min!.Value)}, {Text(max!.Value)}]", "min ≤ max");
        }

        return (min, max);
    }

    private double Scale(YamlNode node, string path)
    {
        var scale = source.Number(node, path);
        if (scale == 0)
        {
            source.Error(source.Code("bad-scale"), $"{path} is 0, which would erase every value.",
                source.At(node, path), "0", "a non-zero factor such as 100 (1 = none)");
        }

        return scale ?? 1;
    }

    private ReadOnlyDictionary<string, string> Strings(YamlNode node, string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (source.Map(node, path, accepted: null, nullIsEmpty: true) is { } map)
        {
            foreach (var (key, value) in map.Entries)
            {
                if (source.String(value, map.Child(key), nullable: false) is { } text)
                {
                    result[key] = text;
                }
            }
        }

        return result.AsReadOnly();
    }

    private string? Required(YamlMap map, string path, string key, string expected) =>
        map.Required(key, expected) is { } node ? source.String(node, path + "." + key, nullable: false) : null;

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static ReadOnlyDictionary<string, string> Empty { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal).AsReadOnly();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex IndicatorPattern();
}
