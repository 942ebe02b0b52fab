using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;
using Gpsi.Data.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Uncertainty;

/// <summary>
/// Reads a list of uncertain factors from a YAML node: the <c>factors:</c> list of a factors file, and the same list
/// inline in a recipe. Diagnostics use the source's code prefix (<c>factors.bad-value</c> in a factors file,
/// <c>recipe.bad-value</c> in a recipe) and name file, line, column and field path.
/// </summary>
internal static class FactorListReader
{
    /// <summary>The kinds of factor, one key each.</summary>
    public static readonly string[] Kinds = ["normalise", "aggregate", "weight-noise", "impute", "winsorise", "exclude"];

    private static readonly string[] FactorKeys = ["name", .. Kinds];
    private static readonly string[] NoiseKeys = ["levels", "epsilon", "sets"];

    /// <summary>
    /// The factors of the list at <paramref name="node"/> (field path <paramref name="path"/>) and where each is
    /// written. A factor with an error is left out (the error is in <paramref name="source"/>); callers check
    /// <see cref="YamlSource.Errors"/>.
    /// </summary>
    public static (ImmutableArray<Factor> Factors, ImmutableArray<FactorOrigin> Origins) ReadFactors(YamlSource source,
        YamlNode node, string path)
    {
        var factors = ImmutableArray.CreateBuilder<Factor>();
        var origins = ImmutableArray.CreateBuilder<FactorOrigin>();
        if (source.Sequence(node, path, "a list of factors") is not { } items)
        {
            return ([], []);
        }

        for (var i = 0; i < items.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            var values = new List<SourceLocation>();
            if (Factor(source, items.Children[i], at, values) is { } factor)
            {
                factors.Add(factor);
                origins.Add(new FactorOrigin(source.At(items.Children[i], at), [.. values]));
            }
        }

        var duplicate = factors.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            source.Error(source.Code("duplicate-name"), $"Two factors are named '{duplicate.Key}'.",
                source.Locate(path), duplicate.Key, "a different name for each factor");
        }

        return (factors.ToImmutable(), origins.ToImmutable());
    }

    private static Factor? Factor(YamlSource source, YamlNode node, string path, List<SourceLocation> values)
    {
        var before = source.Errors;
        if (source.Map(node, path, FactorKeys) is not { } map || source.Errors > before)
        {
            // An unknown key (a misspelt kind, most likely) has been reported; saying the kind is missing adds nothing.
            return null;
        }

        var name = map.Required("name", "the factor's name") is { } n ? source.String(n, path + ".name", nullable: false) : null;
        var kinds = Kinds.Where(map.Has).ToList();
        if (kinds.Count != 1)
        {
            source.Error(source.Code("bad-value"), $"{path} needs exactly one of {string.Join(", ", Kinds)}.",
                source.At(node, path), kinds.Count == 0 ? "none" : string.Join(", ", kinds), "one kind per factor");
            return null;
        }

        var body = map.Get(kinds[0])!;
        var at = path + "." + kinds[0];
        var factorName = name ?? string.Empty;
        Factor? factor = kinds[0] switch
        {
            "normalise" => Options(source, body, at, values, MethodSyntax.ParseNormalisation) is { } o
                ? new Factor.NormalisationChoice(factorName, o)
                : null,
            "aggregate" => Options(source, body, at, values, MethodSyntax.ParseAggregation) is { } o
                ? new Factor.AggregationChoice(factorName, o)
                : null,
            "impute" => Imputations(source, body, at, values) is { } o ? new Factor.ImputationChoice(factorName, o) : null,
            "winsorise" => Limits(source, body, at, values) is { } l ? new Factor.WinsorisationLimit(factorName, l) : null,
            "exclude" => Candidates(source, body, at, values) is { } c ? new Factor.IndicatorExclusion(factorName, c) : null,
            _ => Noise(source, body, at, factorName),
        };
        return name is null ? null : factor;
    }

    private static ImmutableArray<T>? Options<T>(YamlSource source, YamlNode node, string path, List<SourceLocation> values,
        Func<string, MethodParseResult<T>> parse)
        where T : class
    {
        if (source.Sequence(node, path, "a list of two or more methods") is not { } items)
        {
            return null;
        }

        var options = ImmutableArray.CreateBuilder<T>();
        for (var i = 0; i < items.Children.Count; i++)
        {
            if (source.Method(items.Children[i], $"{path}[{i}]", parse) is not { } method)
            {
                return null;
            }

            options.Add(method);
            values.Add(source.At(items.Children[i], $"{path}[{i}]"));
        }

        return AtLeast(source, node, path, options.ToImmutable(), 2, "two or more methods");
    }

    /// <summary>Each option: a method, a list of methods run in order, or <c>none</c> (no imputation).</summary>
    private static ImmutableArray<ImmutableArray<ImputationMethod>>? Imputations(YamlSource source, YamlNode node,
        string path, List<SourceLocation> values)
    {
        if (source.Sequence(node, path, "a list of two or more options, each a method, a list of methods or none") is not { } items)
        {
            return null;
        }

        var options = ImmutableArray.CreateBuilder<ImmutableArray<ImputationMethod>>();
        var ok = true;
        for (var i = 0; i < items.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            var item = items.Children[i];
            values.Add(source.At(item, at));
            if (item is YamlScalarNode { Value: { } word } && string.Equals(word.Trim(), "none", StringComparison.OrdinalIgnoreCase))
            {
                options.Add([]);
            }
            else if (item is YamlSequenceNode sequence)
            {
                var methods = ImmutableArray.CreateBuilder<ImputationMethod>();
                for (var j = 0; j < sequence.Children.Count; j++)
                {
                    if (source.Method(sequence.Children[j], $"{at}[{j}]", MethodSyntax.ParseImputation) is { } m)
                    {
                        methods.Add(m);
                    }
                    else
                    {
                        ok = false;
                    }
                }

                if (methods.Count == 0 && sequence.Children.Count == 0)
                {
                    source.Error(source.Code("bad-value"), $"{at} is an empty list of methods.", source.At(item, at), "[]",
                        "one or more imputation methods, or none for no imputation");
                    ok = false;
                }

                options.Add(methods.ToImmutable());
            }
            else if (source.Method(item, at, MethodSyntax.ParseImputation) is { } method)
            {
                options.Add([method]);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? AtLeast(source, node, path, options.ToImmutable(), 2, "two or more options") : null;
    }

    private static ImmutableArray<int>? Limits(YamlSource source, YamlNode node, string path, List<SourceLocation> values)
    {
        if (source.Sequence(node, path, "a list of two or more winsorisation limits, e.g. [3, 5, 8]") is not { } items)
        {
            return null;
        }

        var limits = ImmutableArray.CreateBuilder<int>();
        var ok = true;
        for (var i = 0; i < items.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            values.Add(source.At(items.Children[i], at));
            switch (source.Integer(items.Children[i], at))
            {
                case null:
                    ok = false;
                    break;
                case < 0 and var negative:
                    source.Error(source.Code("bad-value"), $"{at}: a winsorisation limit cannot be negative.",
                        source.At(items.Children[i], at), negative.ToString(CultureInfo.InvariantCulture),
                        "a whole number ≥ 0 (how many points may be winsorised per indicator)");
                    ok = false;
                    break;
                case var limit:
                    limits.Add(limit.Value);
                    break;
            }
        }

        return ok ? AtLeast(source, node, path, limits.ToImmutable(), 2, "two or more limits") : null;
    }

    private static ImmutableArray<string>? Candidates(YamlSource source, YamlNode node, string path, List<SourceLocation> values)
    {
        if (source.Sequence(node, path, "a list of indicator codes, e.g. [homicide, gci]") is not { } items)
        {
            return null;
        }

        var codes = ImmutableArray.CreateBuilder<string>();
        var ok = true;
        for (var i = 0; i < items.Children.Count; i++)
        {
            var at = $"{path}[{i}]";
            values.Add(source.At(items.Children[i], at));
            var code = source.String(items.Children[i], at, nullable: false);
            if (code is null)
            {
                ok = false;
            }
            else if (codes.Contains(code))
            {
                source.Error(source.Code("bad-value"), $"{at}: indicator '{code}' is listed twice.", source.At(items.Children[i], at),
                    code, "each indicator once");
                ok = false;
            }
            else
            {
                codes.Add(code);
            }
        }

        return ok ? AtLeast(source, node, path, codes.ToImmutable(), 1, "one or more indicator codes") : null;
    }

    private static ImmutableArray<T>? AtLeast<T>(YamlSource source, YamlNode node, string path, ImmutableArray<T> items,
        int minimum, string expected)
    {
        if (items.Length >= minimum)
        {
            return items;
        }

        source.Error(source.Code("bad-value"), $"{path} needs {expected} to choose from.", source.At(node, path),
            items.Length.ToString(CultureInfo.InvariantCulture), expected);
        return null;
    }

    private static Factor.WeightNoise? Noise(YamlSource source, YamlNode node, string path, string name)
    {
        if (source.Map(node, path, NoiseKeys) is not { } map)
        {
            return null;
        }

        var levels = ImmutableArray.CreateBuilder<int>();
        if (map.Required("levels", "the tree levels whose weights are perturbed, e.g. [2, 3]") is { } l
            && source.Sequence(l, map.Child("levels"), "a list of levels") is { } items)
        {
            for (var i = 0; i < items.Children.Count; i++)
            {
                if (source.Integer(items.Children[i], $"{map.Child("levels")}[{i}]") is { } level)
                {
                    levels.Add(level);
                }
            }
        }

        var epsilon = map.Required("epsilon", "ε of U(1 − ε, 1 + ε), e.g. 0.25") is { } e
            ? source.Number(e, map.Child("epsilon"))
            : null;
        if (epsilon is < 0 or >= 1)
        {
            source.Error(source.Code("bad-value"), $"{path}.epsilon must be in [0, 1).", source.At(map.Get("epsilon")!, map.Child("epsilon")),
                epsilon.Value.ToString("R", CultureInfo.InvariantCulture), "a number from 0 up to (not including) 1");
            return null;
        }

        var sets = map.Get("sets") is { } s ? source.Integer(s, map.Child("sets"), nullable: true) : null;
        if (sets is < 1)
        {
            source.Error(source.Code("bad-value"), $"{path}.sets must be at least 1.", source.At(map.Get("sets")!, map.Child("sets")),
                sets.Value.ToString(CultureInfo.InvariantCulture), "a whole number ≥ 1, or none for fresh noise each replication");
            return null;
        }

        return epsilon is null || levels.Count == 0 ? null : new Factor.WeightNoise(name, levels.ToImmutable(), epsilon.Value, sets);
    }
}
