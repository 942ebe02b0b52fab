using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;
using Gpsi.Data.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Data.Uncertainty;

/// <summary>
/// Reads a factors file (YAML next to the recipe): the uncertain factors of an uncertainty analysis and, optionally,
/// the nominal recipe's normalisation and aggregation. Every problem is a diagnostic with file, line, column and
/// field (codes <c>factors.*</c>); the factors are returned only when there is no error.
/// </summary>
/// <example>
/// <code>
/// nominal: { normalise: "minmax:1,100", aggregate: amean }
/// factors:
///   - { name: normalisation, normalise: ["minmax:1,100", "zscore:10,2"] }
///   - { name: weights, weight-noise: { levels: [2, 3], epsilon: 0.25, sets: 100 } }
///   - { name: aggregation, aggregate: [amean, gmean] }
/// </code>
/// </example>
public static class FactorsReader
{
    private static readonly string[] RootKeys = ["nominal", "factors"];
    private static readonly string[] NominalKeys = ["normalise", "aggregate"];
    private static readonly string[] FactorKeys = ["name", "normalise", "aggregate", "weight-noise"];
    private static readonly string[] NoiseKeys = ["levels", "epsilon", "sets"];
    private static readonly string[] FactorKinds = ["normalise", "aggregate", "weight-noise"];

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static FactorsFile? ReadFile(string path, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error("factors.not-found", "The factors file does not exist.",
                new SourceLocation(path), null, "a YAML file listing the uncertain factors"));
            return null;
        }

        return Read(File.ReadAllText(path), path, diagnostics);
    }

    /// <summary>Reads factors <paramref name="text"/>; <paramref name="fileName"/> is used in locations.</summary>
    public static FactorsFile? Read(string text, string fileName, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var source = new YamlSource(fileName, "factors", "the factors file");
        var root = YamlDocuments.LoadSingle(new StringReader(text), source, "a map with a list of factors");
        FactorsFile? result = null;
        if (root is not null && source.Map(root, string.Empty, RootKeys) is { } map)
        {
            var nominal = map.Get("nominal") is { } n ? Nominal(source, n) : new NominalChoices(null, null);
            var factors = ImmutableArray.CreateBuilder<Factor>();
            if (map.Required("factors", "a list of factors") is { } list
                && source.Sequence(list, "factors", "a list of factors") is { } items)
            {
                for (var i = 0; i < items.Children.Count; i++)
                {
                    if (Factor(source, items.Children[i], $"factors[{i}]") is { } factor)
                    {
                        factors.Add(factor);
                    }
                }

                var duplicate = factors.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null)
                {
                    source.Error("factors.duplicate-name", $"Two factors are named '{duplicate.Key}'.",
                        source.Locate("factors"), duplicate.Key, "a different name for each factor");
                }
            }

            result = new FactorsFile(nominal, factors.ToImmutable());
        }

        diagnostics.AddRange(source.Diagnostics);
        return source.Errors > 0 ? null : result;
    }

    private static NominalChoices Nominal(YamlSource source, YamlNode node)
    {
        if (source.Map(node, "nominal", NominalKeys) is not { } map)
        {
            return new NominalChoices(null, null);
        }

        return new NominalChoices(
            map.Get("normalise") is { } n ? source.Method(n, "nominal.normalise", MethodSyntax.ParseNormalisation) : null,
            map.Get("aggregate") is { } a ? source.Method(a, "nominal.aggregate", MethodSyntax.ParseAggregation) : null);
    }

    private static Factor? Factor(YamlSource source, YamlNode node, string path)
    {
        var before = source.Errors;
        if (source.Map(node, path, FactorKeys) is not { } map || source.Errors > before)
        {
            // An unknown key (a misspelt kind, most likely) has been reported; saying the kind is missing adds nothing.
            return null;
        }

        var name = map.Required("name", "the factor's name") is { } n ? source.String(n, path + ".name", nullable: false) : null;
        var kinds = FactorKinds.Where(map.Has).ToList();
        if (kinds.Count != 1)
        {
            source.Error("factors.bad-value", $"{path} needs exactly one of normalise, aggregate, weight-noise.",
                source.At(node, path), kinds.Count == 0 ? "none" : string.Join(", ", kinds), "one kind per factor");
            return null;
        }

        var body = map.Get(kinds[0])!;
        var at = path + "." + kinds[0];
        Factor? factor = kinds[0] switch
        {
            "normalise" => Options(source, body, at, MethodSyntax.ParseNormalisation) is { } o
                ? new Factor.NormalisationChoice(name ?? string.Empty, o)
                : null,
            "aggregate" => Options(source, body, at, MethodSyntax.ParseAggregation) is { } o
                ? new Factor.AggregationChoice(name ?? string.Empty, o)
                : null,
            _ => Noise(source, body, at, name ?? string.Empty),
        };
        return name is null ? null : factor;
    }

    private static ImmutableArray<T>? Options<T>(YamlSource source, YamlNode node, string path,
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
        }

        if (options.Count < 2)
        {
            source.Error("factors.bad-value", $"{path} needs at least two methods to choose from.", source.At(node, path),
                options.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "two or more methods");
            return null;
        }

        return options.ToImmutable();
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
            source.Error("factors.bad-value", $"{path}.epsilon must be in [0, 1).", source.At(map.Get("epsilon")!, map.Child("epsilon")),
                epsilon.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "a number from 0 up to (not including) 1");
            return null;
        }

        var sets = map.Get("sets") is { } s ? source.Integer(s, map.Child("sets"), nullable: true) : null;
        if (sets is < 1)
        {
            source.Error("factors.bad-value", $"{path}.sets must be at least 1.", source.At(map.Get("sets")!, map.Child("sets")),
                sets.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "a whole number ≥ 1, or none for fresh noise each replication");
            return null;
        }

        return epsilon is null || levels.Count == 0 ? null : new Factor.WeightNoise(name, levels.ToImmutable(), epsilon.Value, sets);
    }
}

/// <summary>A factors file: the nominal recipe's choices and the uncertain factors.</summary>
/// <param name="Nominal">Normalisation and aggregation of the nominal recipe, when the file sets them.</param>
/// <param name="Factors">The factors, in file order.</param>
public sealed record FactorsFile(NominalChoices Nominal, ImmutableArray<Factor> Factors);

/// <summary>The nominal recipe's normalisation and aggregation methods, when the factors file sets them.</summary>
/// <param name="Normalise">Replaces the recipe's normalise step's method.</param>
/// <param name="Aggregate">Replaces the recipe's aggregate step's method (every level).</param>
public sealed record NominalChoices(NormalisationMethod? Normalise, AggregationMethod? Aggregate);
