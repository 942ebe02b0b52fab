using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Treatment;
using Gpsi.Core.Weighting;
using Gpsi.Data.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Recipes;

/// <summary>
/// Reads the <c>steps</c> list: each item a one-key map from the step's kind to its method (a string in
/// <see cref="MethodSyntax"/>) or to a map of its parameters. A step that cannot be read is left out and its
/// position is kept in <see cref="Origins"/> so later diagnostics still name the right item.
/// </summary>
internal sealed class StepParser(RecipeSource source)
{
    private readonly List<int> _origins = [];

    public IReadOnlyList<int> Origins => _origins;

    public ImmutableArray<Step> Parse(YamlNode node, string path)
    {
        var steps = ImmutableArray.CreateBuilder<Step>();
        if (source.Sequence(node, path, "a list of steps, each like '- normalise: minmax'") is not { } items)
        {
            return [];
        }

        for (var i = 0; i < items.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var before = source.Errors;
            var step = Item(items.Children[i], itemPath);
            if (step is not null && source.Errors == before)
            {
                steps.Add(step);
                _origins.Add(i);
            }
        }

        return steps.ToImmutable();
    }

    private Step? Item(YamlNode item, string path)
    {
        source.Remember(path, item);
        string kind;
        YamlNode body;
        switch (item)
        {
            // A bare name is accepted for steps whose parameters all have defaults: '- denominate', '- screen'.
            case YamlScalarNode { Value: "denominate" }:
                return new Step.Denominate();
            case YamlScalarNode { Value: "screen" }:
                return new Step.Screen();
            case YamlScalarNode { Value: { } bare } when RecipeKeys.StepKinds.Contains(bare):
                source.Error("recipe.missing-key", $"Step '{bare}' needs a method.", source.At(item, path + "." + bare),
                    bare, $"e.g. '- {bare}: {Example(bare)}'");
                return null;
            // A step may carry its one-line reason beside it: '- impute: latest:5' + '  reason: …'.
            case YamlMappingNode { Children.Count: 2 } withReason
                when withReason.Children.Keys.Any(k => k is YamlScalarNode { Value: "reason" }):
                var reasonNode = withReason.Children.First(e => e.Key is YamlScalarNode { Value: "reason" }).Value;
                if (source.String(reasonNode, path + ".reason", nullable: false) is { } reason)
                {
                    source.Reasons[path] = reason;
                }

                var (stepKey, stepValue) = withReason.Children.First(e => e.Key is not YamlScalarNode { Value: "reason" });
                if (stepKey is not YamlScalarNode { Value: { } sk })
                {
                    source.WrongType(stepKey, path, "a step name");
                    return null;
                }

                kind = sk;
                body = stepValue;
                break;
            case YamlMappingNode { Children.Count: 1 } map:
                var (key, value) = map.Children.Single();
                if (key is not YamlScalarNode { Value: { } k })
                {
                    source.WrongType(key, path, "a step name");
                    return null;
                }

                kind = k;
                body = value;
                break;
            default:
                source.WrongType(item, path,
                    "a one-key map from a step (" + string.Join(", ", RecipeKeys.StepKinds) + ") to its settings");
                return null;
        }

        if (!RecipeKeys.StepKinds.Contains(kind))
        {
            var near = Core.Diagnostics.Suggestions.Closest(kind, RecipeKeys.StepKinds);
            source.Error("recipe.unknown-key",
                $"Unknown step '{kind}'" + (near is null ? "." : $"; did you mean '{near}'?"),
                source.At(item, path), kind, "one of " + string.Join(", ", RecipeKeys.StepKinds));
            return null;
        }

        var p = path + "." + kind;
        source.Remember(p, body);
        return kind switch
        {
            "denominate" => source.Map(body, p, RecipeKeys.Denominate, nullIsEmpty: true) is null
                ? null
                : new Step.Denominate(),
            "screen" => Screen(body, p),
            "impute" => Method(body, p, RecipeKeys.Impute, MethodSyntax.ParseImputation) is { } m
                ? new Step.Impute(m.Method)
                : null,
            "treat" => Treat(body, p),
            "normalise" => Normalise(body, p),
            "weight" => Weight(body, p),
            _ => Aggregate(body, p),
        };
    }

    private Step.Screen? Screen(YamlNode body, string path)
    {
        if (source.Map(body, path, RecipeKeys.Screen, nullIsEmpty: true) is not { } map)
        {
            return null;
        }

        var step = new Step.Screen();
        if (map.Get("min-availability") is { } a && source.Number(a, map.Child("min-availability")) is { } share)
        {
            step = step with { MinAvailability = share };
        }

        if (map.Get("min-aggregates") is { } atLeast)
        {
            step = step with { MinAggregates = source.Integer(atLeast, map.Child("min-aggregates"), nullable: true) };
        }

        if (map.Get("min-per-aggregate") is { } k)
        {
            step = step with { MinPerAggregate = source.Integer(k, map.Child("min-per-aggregate"), nullable: true) };
        }

        if (map.Get("aggregate-level") is { } l && source.Integer(l, map.Child("aggregate-level")) is { } level)
        {
            step = step with { AggregateLevel = level };
        }

        return step;
    }

    private Step.Treat? Treat(YamlNode body, string path)
    {
        if (Method(body, path, RecipeKeys.Treat, MethodSyntax.ParseTreatment) is not { } m)
        {
            return null;
        }

        var per = m.Map?.Get("per-indicator") is { } node
            ? PerKey(node, m.Map.Child("per-indicator"), MethodSyntax.ParseTreatment)
            : null;
        return new Step.Treat(m.Method, per);
    }

    private Step.Normalise? Normalise(YamlNode body, string path)
    {
        if (Method(body, path, RecipeKeys.Normalise, MethodSyntax.ParseNormalisation) is not { } m)
        {
            return null;
        }

        var step = new Step.Normalise(m.Method);
        if (m.Map?.Get("reference") is { } r && source.Choice(r, m.Map.Child("reference"), "per-year", "pooled") is { } x)
        {
            step = step with { Reference = x == 0 ? NormalisationReference.PerYear : NormalisationReference.Pooled };
        }

        if (m.Map?.Get("per-indicator") is { } node)
        {
            step = step with
            {
                PerIndicator = PerKey(node, m.Map.Child("per-indicator"), MethodSyntax.ParseNormalisation),
            };
        }

        return step;
    }

    private Step.Weight? Weight(YamlNode body, string path)
    {
        if (body is YamlScalarNode)
        {
            return source.Method(body, path + ".method", MethodSyntax.ParseWeighting) is { } w
                ? new Step.Weight(w)
                : null;
        }

        if (source.Map(body, path, RecipeKeys.Weight) is not { } map)
        {
            return null;
        }

        if (map.Has("method") && (map.Has("set") || map.Has("weights")))
        {
            source.Error("recipe.conflicting-keys", $"{path} has both 'method' and a weight set.",
                source.At(map.Node, path), "method and set", "either 'method' or 'set' with 'weights'");
            return null;
        }

        if (!map.Has("set") && !map.Has("weights"))
        {
            return map.Required("method", MethodSyntax.WeightingForms + ", or 'set' with 'weights'") is { } mn
                && source.Method(mn, map.Child("method"), MethodSyntax.ParseWeighting) is { } method
                ? new Step.Weight(method)
                : null;
        }

        var name = map.Required("set", "the weight set's name") is { } s
            ? source.String(s, map.Child("set"), nullable: false)
            : null;
        var weights = map.Required("weights", "a map from node code to weight") is { } wn
            ? Weights(wn, map.Child("weights"))
            : null;
        return name is not null && weights is not null
            ? new Step.Weight(new WeightingMethod.Set(name, weights))
            : null;
    }

    private Step.Aggregate? Aggregate(YamlNode body, string path)
    {
        if (Method(body, path, RecipeKeys.AggregateStep, MethodSyntax.ParseAggregation) is not { } m)
        {
            return null;
        }

        var step = new Step.Aggregate(m.Method);
        if (m.Map?.Get("min-availability") is { } a)
        {
            step = step with { MinAvailability = source.Number(a, m.Map.Child("min-availability"), nullable: true) };
        }

        if (m.Map?.Get("by-level") is { } node
            && source.Map(node, m.Map.Child("by-level"), accepted: null) is { } levels)
        {
            var byLevel = ImmutableSortedDictionary.CreateBuilder<int, AggregationMethod>();
            foreach (var (key, value) in levels.Entries)
            {
                var keyPath = levels.Child(key);
                if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var level))
                {
                    source.Error("recipe.bad-number", $"by-level key '{key}' is not a level number.",
                        source.At(value, keyPath), key, "an aggregate level: a whole number ≥ 2");
                    continue;
                }

                if (source.Method(value, keyPath, MethodSyntax.ParseAggregation) is { } method)
                {
                    byLevel[level] = method;
                }
            }

            step = step with { ByLevel = byLevel.ToImmutable() };
        }

        return step;
    }

    /// <summary>A step body that is a method string or a map with a required <c>method</c>.</summary>
    private MethodBody<T>? Method<T>(YamlNode body, string path, IReadOnlyCollection<string> keys,
        Func<string, MethodParseResult<T>> parse)
        where T : class
    {
        if (body is YamlScalarNode)
        {
            return source.Method(body, path + ".method", parse) is { } direct ? new MethodBody<T>(direct, null) : null;
        }

        if (source.Map(body, path, keys) is not { } map)
        {
            return null;
        }

        return map.Required("method", "a method, e.g. " + Example(parse)) is { } node
            && source.Method(node, map.Child("method"), parse) is { } method
            ? new MethodBody<T>(method, map)
            : null;
    }

    private ImmutableSortedDictionary<string, T>? PerKey<T>(YamlNode node, string path,
        Func<string, MethodParseResult<T>> parse)
        where T : class
    {
        if (source.Map(node, path, accepted: null) is not { } map)
        {
            return null;
        }

        var result = ImmutableSortedDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            if (source.Method(value, map.Child(key), parse) is { } parsed)
            {
                result[key] = parsed;
            }
        }

        return result.ToImmutable();
    }

    private ImmutableSortedDictionary<string, double>? Weights(YamlNode node, string path)
    {
        if (source.Map(node, path, accepted: null) is not { } map)
        {
            return null;
        }

        var result = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            if (source.Number(value, map.Child(key)) is { } weight)
            {
                result[key] = weight;
            }
        }

        return result.ToImmutable();
    }

    private static string Example<T>(Func<string, MethodParseResult<T>> parse)
        where T : class => parse(string.Empty).Expected;

    private static string Example(string kind) => kind switch
    {
        "impute" => "mean",
        "treat" => "default",
        "normalise" => "minmax",
        "weight" => "manual",
        _ => "amean",
    };

    private sealed record MethodBody<T>(T Method, YamlMap? Map);
}
