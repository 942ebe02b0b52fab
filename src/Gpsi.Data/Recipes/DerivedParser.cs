using System.Collections.Immutable;
using Gpsi.Core.Derivation;
using Gpsi.Data.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Recipes;

/// <summary>
/// Reads a recipe's <c>derived</c> list: each item a code, optional name, unit and reason, and exactly one rule
/// (<c>sum</c>, <c>combine</c>, <c>ratio</c>, <c>change</c>, <c>weighted-sum</c>, <c>window</c>, <c>log-scale</c>).
/// </summary>
internal sealed class DerivedParser(RecipeSource source)
{
    public ImmutableArray<DerivedSeries> Parse(YamlNode node)
    {
        var result = ImmutableArray.CreateBuilder<DerivedSeries>();
        if (source.Sequence(node, "derived", "a list of derived series") is not { } items)
        {
            return [];
        }

        for (var i = 0; i < items.Children.Count; i++)
        {
            var path = $"derived[{i}]";
            if (source.Map(items.Children[i], path, RecipeKeys.Derived) is not { } map)
            {
                continue;
            }

            var code = map.Required("code", "the derived series' code") is { } c
                ? source.String(c, path + ".code", nullable: false)
                : null;
            var rules = RecipeKeys.DerivedRules.Where(map.Has).ToList();
            if (rules.Count != 1)
            {
                source.Error(rules.Count == 0 ? "recipe.missing-key" : "recipe.bad-value",
                    $"{path} needs exactly one rule.", source.At(map.Node, path),
                    rules.Count == 0 ? "none" : string.Join(", ", rules),
                    "one of " + string.Join(", ", RecipeKeys.DerivedRules));
                continue;
            }

            var rulePath = path + "." + rules[0];
            var body = map.Get(rules[0])!;
            source.Remember(rulePath, body);
            DerivationRule? rule = rules[0] switch
            {
                "sum" => Names(body, rulePath) is { } s ? new DerivationRule.Sum(s) : null,
                "combine" => Names(body, rulePath) is { } s ? new DerivationRule.Combine(s) : null,
                "ratio" => Ratio(body, rulePath),
                "change" => Change(body, rulePath),
                "weighted-sum" => WeightedSum(body, rulePath),
                "window" => Window(body, rulePath),
                _ => LogScale(body, rulePath),
            };
            if (code is null || rule is null)
            {
                continue;
            }

            source.Reason(map, "derived." + code);
            result.Add(new DerivedSeries(code, rule, Text(map, path, "name"), Text(map, path, "unit")));
        }

        return result.ToImmutable();
    }

    private string? Text(YamlMap map, string path, string key) =>
        map.Get(key) is { } node ? source.String(node, path + "." + key) : null;

    private string? Series(YamlMap map, string key, string expected) =>
        map.Required(key, expected) is { } n ? source.String(n, map.Child(key), nullable: false) : null;

    private ImmutableArray<string>? Names(YamlNode node, string path)
    {
        if (source.Sequence(node, path, "a list of series codes") is not { } items)
        {
            return null;
        }

        var names = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < items.Children.Count; i++)
        {
            if (source.String(items.Children[i], $"{path}[{i}]", nullable: false) is not { } name)
            {
                return null;
            }

            names.Add(name);
        }

        if (names.Count < 2)
        {
            source.Error("recipe.bad-value", $"{path} needs at least two series.", source.At(node, path),
                names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "two or more series codes");
            return null;
        }

        return names.ToImmutable();
    }

    private DerivationRule.Ratio? Ratio(YamlNode node, string path)
    {
        if (source.Map(node, path, RecipeKeys.Ratio) is not { } map)
        {
            return null;
        }

        var numerator = Series(map, "numerator", "the series to divide");
        var denominator = Series(map, "denominator", "the series to divide by, e.g. population");
        var scale = map.Get("scale") is { } s ? source.Number(s, map.Child("scale")) : 1;
        if (scale is <= 0)
        {
            source.Error("recipe.bad-value", $"{path}.scale must be above 0.", source.At(map.Get("scale")!, map.Child("scale")),
                scale.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "a number > 0, e.g. 100000");
            return null;
        }

        return numerator is null || denominator is null || scale is null
            ? null
            : new DerivationRule.Ratio(numerator, denominator, scale.Value);
    }

    private DerivationRule.Change? Change(YamlNode node, string path)
    {
        if (source.Map(node, path, RecipeKeys.Change) is not { } map)
        {
            return null;
        }

        var series = Series(map, "series", "the series whose change is taken");
        var years = map.Required("years", "the number of years, e.g. 10") is { } y ? source.Integer(y, map.Child("years")) : null;
        var percent = map.Get("percent") is { } p ? source.Choice(p, map.Child("percent"), "false", "true") == 1 : false;
        if (years is < 1)
        {
            source.Error("recipe.bad-value", $"{path}.years must be at least 1.", source.At(map.Get("years")!, map.Child("years")),
                years.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "a whole number ≥ 1");
            return null;
        }

        return series is null || years is null ? null : new DerivationRule.Change(series, years.Value, percent);
    }

    private DerivationRule.WeightedSum? WeightedSum(YamlNode node, string path)
    {
        if (source.Map(node, path, RecipeKeys.WeightedSum) is not { } map)
        {
            return null;
        }

        var baseSeries = Series(map, "base", "the series that decides which country-years exist");
        if (map.Required("terms", "a list of terms {name, series, weight}") is not { } termsNode
            || source.Sequence(termsNode, map.Child("terms"), "a list of terms") is not { } items)
        {
            return null;
        }

        var terms = ImmutableArray.CreateBuilder<WeightedTerm>();
        var ok = true;
        for (var i = 0; i < items.Children.Count; i++)
        {
            var termPath = $"{map.Child("terms")}[{i}]";
            if (source.Map(items.Children[i], termPath, RecipeKeys.Term) is not { } term)
            {
                ok = false;
                continue;
            }

            var name = term.Required("name", "the component's name") is { } n ? source.String(n, term.Child("name"), false) : null;
            var series = Series(term, "series", "the component's series");
            var weight = term.Required("weight", "the component's weight") is { } w ? source.Number(w, term.Child("weight")) : null;
            var absent = term.Get("absent") is { } a ? source.Choice(a, term.Child("absent"), "missing", "zero") : 0;
            if (name is null || series is null || weight is null || absent is null)
            {
                ok = false;
                continue;
            }

            terms.Add(new WeightedTerm(name, series, weight.Value, absent == 1));
        }

        return ok && baseSeries is not null && terms.Count > 0
            ? new DerivationRule.WeightedSum(terms.ToImmutable(), baseSeries)
            : null;
    }

    private DerivationRule.Window? Window(YamlNode node, string path)
    {
        if (source.Map(node, path, RecipeKeys.Window) is not { } map)
        {
            return null;
        }

        var series = Series(map, "series", "the series to weight over years");
        if (map.Required("weights", "the weights, current year first, e.g. [16, 8, 4, 2, 1]") is not { } w
            || source.Sequence(w, map.Child("weights"), "a list of numbers") is not { } items)
        {
            return null;
        }

        var weights = ImmutableArray.CreateBuilder<double>();
        for (var i = 0; i < items.Children.Count; i++)
        {
            if (source.Number(items.Children[i], $"{map.Child("weights")}[{i}]") is not { } x || x < 0)
            {
                source.Error("recipe.bad-value", $"{path}.weights[{i}] must be a number ≥ 0.", source.At(items.Children[i], path),
                    YamlSource.Found(items.Children[i]), "a number ≥ 0");
                return null;
            }

            weights.Add(x);
        }

        if (weights.Count == 0 || weights.Sum() <= 0)
        {
            source.Error("recipe.bad-value", $"{path}.weights must have a positive total.", source.At(w, path),
                weights.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "weights with a positive sum");
            return null;
        }

        return series is null ? null : new DerivationRule.Window(series, weights.ToImmutable());
    }

    private DerivationRule.LogScale? LogScale(YamlNode node, string path)
    {
        if (source.Map(node, path, RecipeKeys.LogScale) is not { } map)
        {
            return null;
        }

        var series = Series(map, "series", "the series to put on a log scale");
        var max = map.Get("max") is { } m ? source.Number(m, map.Child("max")) : 10;
        return series is null || max is not > 0 ? null : new DerivationRule.LogScale(series, max.Value);
    }
}
