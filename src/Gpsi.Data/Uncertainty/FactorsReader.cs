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
///   - { name: imputation, impute: ["latest:5", ["latest:5", "backcast:10"], none] }
///   - { name: winsorisation, winsorise: [3, 5, 8] }
///   - { name: exclusion, exclude: [homicide, gci] }
/// </code>
/// Whether the factors fit a recipe (the excluded indicators exist, the steps they vary are there) is checked by
/// <see cref="FactorsFile.Check"/> once the recipe is known.
/// </example>
public static class FactorsReader
{
    private static readonly string[] RootKeys = ["nominal", "factors"];
    private static readonly string[] NominalKeys = ["normalise", "aggregate"];

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
            if (map.Required("factors", "a list of factors") is { } list)
            {
                var (factors, origins) = FactorListReader.ReadFactors(source, list, "factors");
                result = new FactorsFile(nominal, factors) { Origins = origins };
            }
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
}
