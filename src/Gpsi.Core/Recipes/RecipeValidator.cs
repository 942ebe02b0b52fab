using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Recipes;

/// <summary>
/// Checks a recipe's meaning before any work: the tree (through <see cref="IndexTree.Create"/>), exactly one root,
/// variables, cross-references (denominators, groups, per-indicator keys, levels, weight-set codes) and parameter
/// ranges. Every problem is collected. Locations are field paths in the recipe file's vocabulary
/// (<c>indicators[3].parent</c>, <c>steps[2].normalise.method</c>); a reader passes <c>locate</c> to turn them into
/// file positions.
/// </summary>
public static class RecipeValidator
{
    /// <summary>
    /// Every error found in <paramref name="recipe"/>, in recipe order; empty when it can be built.
    /// <paramref name="locate"/> maps a field path to a location (default: the path alone).
    /// </summary>
    public static ImmutableArray<Diagnostic> Validate(Recipe recipe, Func<string, SourceLocation>? locate = null)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var at = locate ?? (path => new SourceLocation(Field: path));
        var diagnostics = new List<Diagnostic>();
        var nodes = recipe.Nodes.IsDefault ? [] : recipe.Nodes;
        var paths = NodePaths(nodes);
        if (string.IsNullOrWhiteSpace(recipe.Name))
        {
            diagnostics.Add(Diagnostic.Error("recipe.empty-name", "The recipe has no name.", at("name"),
                recipe.Name, "a short machine name such as 'asem'"));
        }

        var tree = ValidateTree(nodes, paths, at, diagnostics);
        var variables = ValidateVariables(recipe, at, diagnostics);
        ValidateNodes(nodes, paths, variables, at, diagnostics);
        if (tree is not null)
        {
            var steps = new StepValidator(recipe, tree, variables, at, diagnostics);
            for (var i = 0; i < recipe.Steps.Length; i++)
            {
                steps.Validate(i, recipe.Steps[i]);
            }
        }

        ValidateBands(recipe.Bands, at, diagnostics);
        ValidateRest(recipe, at, diagnostics);
        return [.. diagnostics];
    }

    /// <summary>The field path of each node: <c>indicators[k]</c> or <c>aggregates[k]</c>, counted per kind.</summary>
    internal static string[] NodePaths(IReadOnlyList<Node> nodes)
    {
        var paths = new string[nodes.Count];
        int indicators = 0, aggregates = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            paths[i] = nodes[i].Kind == NodeKind.Indicator
                ? $"indicators[{indicators++}]"
                : $"aggregates[{aggregates++}]";
        }

        return paths;
    }

    private static IndexTree? ValidateTree(ImmutableArray<Node> nodes, string[] paths,
        Func<string, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(nodes[i].Code))
            {
                diagnostics.Add(Diagnostic.Error("recipe.empty-code", "A node has an empty code.",
                    at(paths[i] + ".code"), nodes[i].Code, "a non-empty code"));
            }

            if (nodes[i].Kind == NodeKind.Indicator && nodes[i].Parent is null)
            {
                diagnostics.Add(Diagnostic.Error("recipe.indicator-without-parent",
                    $"Indicator '{nodes[i].Code}' has no parent.", at(paths[i] + ".parent"), null,
                    "the code of the aggregate it belongs to"));
            }
        }

        if (nodes.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error("recipe.no-nodes", "The recipe has no indicators or aggregates.",
                at("indicators"), null, "at least one indicator and one aggregate"));
            return null;
        }

        var tree = IndexTree.Create(nodes, diagnostics, (i, field) => at(paths[i] + "." + field));
        if (tree is not null && tree.Roots.Length > 1)
        {
            var codes = string.Join(", ", tree.Roots.Select(r => $"'{nodes[r].Code}'"));
            foreach (var r in tree.Roots.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error("recipe.roots",
                    $"The tree has {tree.Roots.Length} roots ({codes}); '{nodes[r].Code}' needs a parent.",
                    at(paths[r] + ".parent"), null, "exactly one aggregate without a parent (the index)"));
            }

            return null;
        }

        return tree;
    }

    private static Dictionary<string, VariableRole> ValidateVariables(Recipe recipe, Func<string, SourceLocation> at,
        List<Diagnostic> diagnostics)
    {
        var roles = new Dictionary<string, VariableRole>(StringComparer.Ordinal);
        var nodeCodes = recipe.Nodes.IsDefault
            ? []
            : recipe.Nodes.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < recipe.Variables.Length; i++)
        {
            var v = recipe.Variables[i];
            var path = $"variables[{i}].code";
            if (string.IsNullOrWhiteSpace(v.Code))
            {
                diagnostics.Add(Diagnostic.Error("recipe.empty-code", "A variable has an empty code.", at(path),
                    v.Code, "the name of a column in the data"));
            }
            else if (!roles.TryAdd(v.Code, v.Role))
            {
                diagnostics.Add(Diagnostic.Error("recipe.duplicate-variable", $"Variable '{v.Code}' is listed twice.",
                    at(path), v.Code, "each variable once"));
            }
            else if (nodeCodes.Contains(v.Code))
            {
                diagnostics.Add(Diagnostic.Error("recipe.variable-is-node",
                    $"Variable '{v.Code}' has the code of an indicator or aggregate.", at(path), v.Code,
                    "a code not used by the tree"));
            }

            if (!Enum.IsDefined(v.Role))
            {
                diagnostics.Add(Diagnostic.Error("recipe.bad-role", $"Variable '{v.Code}' has no valid role.",
                    at($"variables[{i}].role"), v.Role.ToString(), "group or denominator"));
            }
        }

        return roles;
    }

    private static void ValidateNodes(ImmutableArray<Node> nodes, string[] paths,
        Dictionary<string, VariableRole> variables, Func<string, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (node.Kind != NodeKind.Indicator)
            {
                continue;
            }

            if (!Enum.IsDefined(node.Direction))
            {
                diagnostics.Add(Diagnostic.Error("recipe.bad-direction", $"Direction of '{node.Code}' is not ±1.",
                    at(paths[i] + ".direction"), ((int)node.Direction).ToString(CultureInfo.InvariantCulture),
                    "1 (higher is better) or -1 (higher is worse)"));
            }

            if (node.Target is { } target && !double.IsFinite(target))
            {
                diagnostics.Add(Diagnostic.Error("recipe.bad-number", $"Target of '{node.Code}' is not finite.",
                    at(paths[i] + ".target"), MethodSyntax.Number(target), "a finite number"));
            }

            if (node.Goalposts is { } g && !(double.IsFinite(g.Lower) && double.IsFinite(g.Upper) && g.Lower != g.Upper))
            {
                diagnostics.Add(Diagnostic.Error("recipe.bad-goalposts",
                    $"Goalposts of '{node.Code}' must be two different finite numbers.", at(paths[i] + ".goalposts"),
                    $"[{MethodSyntax.Number(g.Lower)}, {MethodSyntax.Number(g.Upper)}]", "[lower, upper]"));
            }

            if (node.Denominator is { } d)
            {
                if (!variables.TryGetValue(d.Code, out var role) || role != VariableRole.Denominator)
                {
                    diagnostics.Add(Diagnostic.Error("recipe.unknown-denominator",
                        $"Denominator '{d.Code}' of '{node.Code}' is not a variable with role denominator.",
                        at(paths[i] + ".denominator"), d.Code, "the code of a 'variables' entry with role: denominator"));
                }

                if (!(double.IsFinite(d.Scale) && d.Scale > 0))
                {
                    diagnostics.Add(Diagnostic.Error("recipe.bad-scale",
                        $"Denominator scale of '{node.Code}' must be a positive number.",
                        at(paths[i] + ".denominator.scale"), MethodSyntax.Number(d.Scale), "a number > 0"));
                }
            }
        }
    }

    private static void ValidateBands(BandRule bands, Func<string, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        switch (bands)
        {
            case BandRule.Quantile q when MethodSyntax.Problem(q) is { } why:
                diagnostics.Add(Diagnostic.Error("recipe.bad-bands", $"Bands: {why}.", at("bands"),
                    MethodSyntax.Format(q), MethodSyntax.BandForms));
                break;
            case BandRule.Fixed f:
                var t = f.Thresholds.IsDefault ? [] : f.Thresholds;
                var labels = f.Labels.IsDefault ? [] : f.Labels;
                var descending = t.Length > 0 && t.All(double.IsFinite)
                    && Enumerable.Range(1, t.Length - 1).All(k => t[k] < t[k - 1]);
                if (!descending)
                {
                    diagnostics.Add(Diagnostic.Error("recipe.bad-bands",
                        "Band thresholds must be finite and strictly descending.", at("bands.thresholds"),
                        string.Join(", ", t.Select(MethodSyntax.Number)), "e.g. [80, 60, 40, 20]"));
                }

                if (labels.Length != t.Length + 1 || labels.Any(string.IsNullOrWhiteSpace))
                {
                    diagnostics.Add(Diagnostic.Error("recipe.bad-bands",
                        $"{t.Length} thresholds need {t.Length + 1} non-empty labels.", at("bands.labels"),
                        labels.Length.ToString(CultureInfo.InvariantCulture) + " labels",
                        "one label more than thresholds, best band first"));
                }

                break;
        }
    }

    private static void ValidateRest(Recipe recipe, Func<string, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < recipe.Years.Length; i++)
        {
            if (!seen.Add(recipe.Years[i]))
            {
                diagnostics.Add(Diagnostic.Error("recipe.duplicate-year", $"Year {recipe.Years[i]} is listed twice.",
                    at($"years[{i}]"), recipe.Years[i].ToString(CultureInfo.InvariantCulture), "each year once"));
            }
        }

        if (recipe.Data is not { } data)
        {
            return;
        }

        if (data.Catalogue is not null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(data.File))
        {
            diagnostics.Add(Diagnostic.Error("recipe.empty-file", "data.file is empty.", at("data.file"), data.File,
                "the data file's path, relative to the recipe, or a catalogue"));
        }

        if (data.TimeColumn is null && data.DefaultYear is null)
        {
            diagnostics.Add(Diagnostic.Error("recipe.no-year", "The data has neither a time column nor a default year.",
                at("data.time-column"), "null", "a time-column, or a default-year for files without one"));
        }
    }

    /// <summary>True when a weight is a usable sibling weight (finite, not negative).</summary>
    internal static bool IsWeight(double w) => w >= 0 && double.IsFinite(w);

    /// <summary>True when a share is in [0, 1].</summary>
    internal static bool IsShare(double x) => x is >= 0 and <= 1;

    /// <summary>The methods a normalise step applies, by indicator code.</summary>
    internal static NormalisationMethod MethodFor(Step.Normalise step, string code) =>
        step.PerIndicator is { } per && per.TryGetValue(code, out var m) ? m : step.Method;
}
