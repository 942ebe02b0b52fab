using System.Globalization;
using System.Collections.Immutable;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Data.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Recipes;

/// <summary>
/// Turns a recipe's YAML tree into a <see cref="Recipe"/>, reporting every shape problem (unknown keys, wrong types,
/// missing keys, bad values) where it is. The result is a draft: it may be incomplete when errors were found, and it
/// says whether its tree and variables are complete enough for semantic validation.
/// </summary>
internal sealed class RecipeParser(RecipeSource source)
{
    private readonly StepParser _steps = new(source);

    /// <summary>False when a node's code or parent could not be read, so tree checks would only add noise.</summary>
    public bool TreeComplete { get; private set; } = true;

    /// <summary>False when a variable's code or role could not be read.</summary>
    public bool VariablesComplete { get; private set; } = true;

    /// <summary>Where each factor of the <c>uncertainty</c> section is written, parallel to its factors.</summary>
    public ImmutableArray<Uncertainty.FactorOrigin> FactorOrigins { get; private set; } = [];

    /// <summary>The position in the file of each parsed step (steps that failed to parse are left out).</summary>
    public IReadOnlyList<int> StepOrigins => _steps.Origins;

    public Recipe? Parse(YamlNode root)
    {
        if (source.Map(root, string.Empty, RecipeKeys.Root) is not { } map)
        {
            return null;
        }

        var name = map.Required("name", "the recipe's short machine name") is { } n
            ? source.String(n, "name", nullable: false)
            : null;
        var indicators = Nodes(map, "indicators", NodeKind.Indicator);
        var aggregates = Nodes(map, "aggregates", NodeKind.Aggregate);
        var recipe = new Recipe
        {
            Name = name ?? string.Empty,
            Title = Text(map, "title"),
            Description = Text(map, "description"),
            Version = Text(map, "version"),
            Data = map.Get("data") is { } data ? Data(data) : null,
            Variables = map.Get("variables") is { } variables ? Variables(variables) : [],
            Nodes = [.. indicators, .. aggregates],
            Steps = map.Get("steps") is { } steps ? _steps.Parse(steps, "steps") : [],
            Bands = map.Get("bands") is { } bands ? Bands(bands) ?? new BandRule.Quantile() : new BandRule.Quantile(),
            Years = map.Get("years") is { } years ? Years(years) : [],
            Derived = map.Get("derived") is { } derived ? new DerivedParser(source).Parse(derived) : [],
            Uncertainty = map.Get("uncertainty") is { } uncertainty ? Uncertainty(uncertainty) : null,
        };
        if (map.Get("reasons") is { } reasons && source.Map(reasons, "reasons", null) is { } reasonMap)
        {
            foreach (var (key, node) in reasonMap.Entries)
            {
                if (source.String(node, reasonMap.Child(key), nullable: false) is { } text)
                {
                    source.Reasons[key] = text;
                }
            }
        }

        return recipe with { Reasons = source.Reasons.ToImmutableSortedDictionary(StringComparer.Ordinal) };
    }

    private string? Text(YamlMap map, string key) => map.Get(key) is { } node ? source.String(node, key) : null;

    private DataSource? Data(YamlNode node)
    {
        if (source.Map(node, "data", RecipeKeys.Data) is not { } map)
        {
            return null;
        }

        source.Reason(map, "data");
        var catalogue = map.Get("catalogue") is { } cat ? source.String(cat, "data.catalogue", nullable: false) : null;
        string? file = null;
        if (catalogue is null)
        {
            file = map.Required("file", "the data file, relative to the recipe (or a catalogue)") is { } f
                ? source.String(f, "data.file", nullable: false) ?? string.Empty
                : string.Empty;
        }
        else if (map.Get("file") is { } f)
        {
            // The canonical form writes file: null for a catalogue-based recipe.
            file = source.String(f, "data.file", nullable: true);
        }

        var data = new DataSource
        {
            File = file,
            Catalogue = catalogue,
            Units = map.Get("units") is { } units
                && source.Choice(units, "data.units", "un-members-and-observers", "un-members", "all") is { } u
                    ? (new[] { "un-members-and-observers", "un-members", "all" })[u]
                    : null,
            FromYear = map.Get("from-year") is { } from ? source.Integer(from, "data.from-year") : null,
        };
        if (map.Get("layout") is { } layout && source.Choice(layout, "data.layout", "wide", "long") is { } l)
        {
            data = data with { Layout = l == 0 ? DataLayout.Wide : DataLayout.Long };
        }

        data = data with
        {
            UnitColumn = Column(map, "unit-column", nullable: false) ?? data.UnitColumn,
            NameColumn = map.Has("name-column") ? Column(map, "name-column", nullable: true) : data.NameColumn,
            TimeColumn = map.Has("time-column") ? Column(map, "time-column", nullable: true) : data.TimeColumn,
            DefaultYear = map.Get("default-year") is { } y ? source.Integer(y, "data.default-year", true) : null,
            VariableColumn = Column(map, "variable-column", nullable: false) ?? data.VariableColumn,
            ValueColumn = Column(map, "value-column", nullable: false) ?? data.ValueColumn,
        };
        return data;
    }

    private string? Column(YamlMap map, string key, bool nullable) =>
        map.Get(key) is { } node ? source.String(node, map.Child(key), nullable) : null;

    private ImmutableArray<PanelVariable> Variables(YamlNode node)
    {
        var result = ImmutableArray.CreateBuilder<PanelVariable>();
        if (source.Sequence(node, "variables", "a list of variables") is not { } items)
        {
            VariablesComplete = false;
            return [];
        }

        for (var i = 0; i < items.Children.Count; i++)
        {
            var path = $"variables[{i}]";
            if (source.Map(items.Children[i], path, RecipeKeys.Variable) is not { } map)
            {
                VariablesComplete = false;
                continue;
            }

            var code = map.Required("code", "the column name in the data") is { } c
                ? source.String(c, path + ".code", nullable: false)
                : null;
            var role = map.Required("role", "group or denominator") is { } r
                ? source.Choice(r, path + ".role", "group", "denominator")
                : null;
            if (code is null || role is null)
            {
                VariablesComplete = false;
                continue;
            }

            source.Reason(map, "variables." + code);
            string? registry = null;
            if (map.Get("registry") is { } reg
                && source.Choice(reg, path + ".registry", RegistryFields) is { } field)
            {
                registry = RegistryFields[field];
            }

            result.Add(new PanelVariable(code, role == 0 ? VariableRole.Group : VariableRole.Denominator,
                Text(map, path, "name"), Text(map, path, "unit"), Text(map, path, "series"), registry));
        }

        return result.ToImmutable();
    }

    /// <summary>The country-registry fields a group variable can read.</summary>
    public static readonly string[] RegistryFields = ["income-group", "wb-region", "m49-region", "m49-subregion"];

    private string? Text(YamlMap map, string path, string key) =>
        map.Get(key) is { } node ? source.String(node, path + "." + key) : null;

    private List<Node> Nodes(YamlMap root, string key, NodeKind kind)
    {
        var nodes = new List<Node>();
        var what = kind == NodeKind.Indicator ? "a list of indicators" : "a list of aggregates (the index among them)";
        if (root.Required(key, what) is not { } node)
        {
            TreeComplete = false;
            return nodes;
        }

        if (source.Sequence(node, key, what) is not { } items)
        {
            TreeComplete = false;
            return nodes;
        }

        var accepted = kind == NodeKind.Indicator ? RecipeKeys.Indicator : RecipeKeys.Aggregate;
        for (var i = 0; i < items.Children.Count; i++)
        {
            var path = $"{key}[{i}]";
            if (source.Map(items.Children[i], path, accepted) is not { } map)
            {
                TreeComplete = false;
                continue;
            }

            if (Node(map, path, kind) is { } parsed)
            {
                nodes.Add(parsed);
            }
            else
            {
                TreeComplete = false;
            }
        }

        return nodes;
    }

    private Node? Node(YamlMap map, string path, NodeKind kind)
    {
        var code = map.Required("code", "a unique code") is { } c ? source.String(c, path + ".code", false) : null;
        string? parent = null;
        var parentOk = true;
        var parentNode = kind == NodeKind.Indicator
            ? map.Required("parent", "the code of the aggregate it belongs to")
            : map.Get("parent");
        if (parentNode is not null)
        {
            parent = source.String(parentNode, path + ".parent", nullable: kind == NodeKind.Aggregate);
            parentOk = parent is not null || YamlSource.IsNull(parentNode);
        }

        var node = new Node
        {
            Code = code ?? string.Empty,
            Kind = kind,
            Name = Text(map, path, "name"),
            Parent = parent,
            Unit = Text(map, path, "unit"),
            Type = Text(map, path, "type"),
            Source = Text(map, path, "source"),
            Series = kind == NodeKind.Indicator ? Text(map, path, "series") : null,
        };
        if (code is not null)
        {
            source.Reason(map, (kind == NodeKind.Indicator ? "indicators." : "aggregates.") + code);
        }

        if (map.Get("weight") is { } w && source.Number(w, path + ".weight") is { } weight)
        {
            node = node with { Weight = weight };
        }

        if (kind == NodeKind.Indicator)
        {
            node = IndicatorFields(map, path, node);
        }

        var complete = code is not null && parentOk && (kind == NodeKind.Aggregate || parent is not null);
        return complete ? node : null;
    }

    private Node IndicatorFields(YamlMap map, string path, Node node)
    {
        if (map.Get("direction") is { } d
            && source.Choice(d, path + ".direction", "1", "-1", "+1", "positive", "negative") is { } direction)
        {
            node = node with { Direction = direction is 1 or 4 ? Direction.Negative : Direction.Positive };
        }

        if (map.Get("target") is { } t)
        {
            node = node with { Target = source.Number(t, path + ".target", nullable: true) };
        }

        if (map.Get("goalposts") is { } g && !YamlSource.IsNull(g))
        {
            node = node with { Goalposts = Goalposts(g, path + ".goalposts") };
        }

        if (map.Get("denominator") is { } den && !YamlSource.IsNull(den))
        {
            node = node with { Denominator = Denominator(den, path + ".denominator") };
        }

        return node;
    }

    private Goalposts? Goalposts(YamlNode node, string path)
    {
        const string Expected = "two numbers [lower, upper]";
        if (source.Sequence(node, path, Expected) is not { } items)
        {
            return null;
        }

        if (items.Children.Count != 2)
        {
            source.Error("recipe.wrong-type", $"{path} needs exactly two numbers.", source.At(node, path),
                $"{items.Children.Count} values", Expected);
            return null;
        }

        var lower = source.Number(items.Children[0], path + "[0]");
        var upper = source.Number(items.Children[1], path + "[1]");
        return lower is { } lo && upper is { } hi ? new Goalposts(lo, hi) : null;
    }

    private Denominator? Denominator(YamlNode node, string path)
    {
        if (node is YamlScalarNode)
        {
            return source.String(node, path, nullable: false) is { } code ? new Denominator(code) : null;
        }

        if (source.Map(node, path, RecipeKeys.Denominator) is not { } map)
        {
            return null;
        }

        var code2 = map.Required("code", "the denominator variable's code") is { } c
            ? source.String(c, path + ".code", nullable: false)
            : null;
        var scale = map.Get("scale") is { } s ? source.Number(s, path + ".scale") : 1;
        return code2 is not null && scale is { } k ? new Denominator(code2, k) : null;
    }

    private BandRule? Bands(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return source.Method(node, "bands", MethodSyntax.ParseBands);
        }

        if (source.Map(node, "bands", RecipeKeys.Bands) is not { } map)
        {
            return null;
        }

        source.Reason(map, "bands");

        var thresholds = ImmutableArray.CreateBuilder<double>();
        var ok = true;
        if (map.Required("thresholds", "descending score thresholds, e.g. [80, 60, 40, 20]") is { } t
            && source.Sequence(t, "bands.thresholds", "a list of numbers") is { } ts)
        {
            for (var i = 0; i < ts.Children.Count; i++)
            {
                var value = source.Number(ts.Children[i], $"bands.thresholds[{i}]");
                ok &= value is not null;
                thresholds.Add(value ?? 0);
            }
        }
        else
        {
            ok = false;
        }

        var labels = BandRule.DefaultLabels;
        if (map.Get("labels") is { } l)
        {
            if (source.Sequence(l, "bands.labels", "a list of labels, best band first") is { } ls)
            {
                labels = [.. ls.Children.Select((x, i) => source.String(x, $"bands.labels[{i}]", false) ?? "")];
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new BandRule.Fixed(thresholds.ToImmutable(), labels) : null;
    }

    private ImmutableArray<int> Years(YamlNode node)
    {
        if (source.Sequence(node, "years", "a list of years, e.g. [2018, 2019]") is not { } items)
        {
            return [];
        }

        var years = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < items.Children.Count; i++)
        {
            if (source.Integer(items.Children[i], $"years[{i}]") is { } year)
            {
                years.Add(year);
            }
        }

        return years.ToImmutable();
    }

    private UncertaintySettings? Uncertainty(YamlNode node)
    {
        if (source.Map(node, "uncertainty", RecipeKeys.Uncertainty) is not { } map)
        {
            return null;
        }

        source.Reason(map, "uncertainty");
        var r = map.Required("replications", "the number of rebuilds per edition year, e.g. 1000");
        var replications = r is null ? null : source.Integer(r, "uncertainty.replications");
        if (r is not null && replications is < 1)
        {
            source.Error(source.Code("bad-value"), "The number of replications must be at least 1.",
                source.At(r, "uncertainty.replications"), replications.Value.ToString(CultureInfo.InvariantCulture),
                "an integer ≥ 1");
            replications = null;
        }

        var seed = map.Required("seed", "an integer random seed") is { } s ? source.Integer(s, "uncertainty.seed") : null;
        var errors = source.Errors;
        var (factors, origins) = map.Required("factors", "a list of uncertain factors") is { } f
            ? Gpsi.Data.Uncertainty.FactorListReader.ReadFactors(source, f, "uncertainty.factors")
            : ([], []);
        if (map.Get("factors") is { } list && factors.IsEmpty && source.Errors == errors)
        {
            source.Error(source.Code("bad-value"), "The uncertainty analysis needs at least one factor.",
                source.At(list, "uncertainty.factors"), "an empty list", "at least one factor");
        }

        FactorOrigins = origins;
        return replications is { } n && seed is { } sd && !factors.IsEmpty ? new UncertaintySettings(factors, n, sd) : null;
    }
}
