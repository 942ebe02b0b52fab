using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Recipes;

/// <summary>
/// The canonical form of a <see cref="Recipe"/>: compact JSON in the recipe file's vocabulary (kebab-case keys) with
/// every object's keys sorted ordinally, every field present with its effective value (defaults written out, a
/// node's name defaulting to its code, an absent per-indicator or by-level map written as <c>{}</c>), methods in
/// <see cref="MethodSyntax"/> form with every number written, and numbers in shortest round-trip form. Indicators and
/// aggregates are listed separately, each in recipe order. Two recipes that mean the same have the same canonical
/// form; <see cref="RecipeHash"/> hashes it.
/// </summary>
public static class RecipeCanonicalForm
{
    /// <summary>The canonical JSON text of <paramref name="recipe"/> (no whitespace, no trailing newline).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A number in the recipe is NaN or infinite.</exception>
    public static string ToJson(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var root = CanonicalJson.Object();
        root["name"] = recipe.Name;
        root["title"] = recipe.Title;
        root["description"] = recipe.Description;
        root["version"] = recipe.Version;
        root["data"] = recipe.Data is { } data ? Data(data) : null;
        root["variables"] = recipe.Variables.Select(Variable).ToList();
        root["indicators"] = recipe.Nodes.Where(n => n.Kind == NodeKind.Indicator).Select(Indicator).ToList();
        root["aggregates"] = recipe.Nodes.Where(n => n.Kind == NodeKind.Aggregate).Select(Aggregate).ToList();
        root["steps"] = recipe.Steps.Select(StepEntry).ToList();
        root["bands"] = Bands(recipe.Bands);
        root["years"] = recipe.Years.ToList();
        return CanonicalJson.Write(root);
    }

    private static SortedDictionary<string, object?> Data(DataSource data)
    {
        var o = CanonicalJson.Object();
        o["file"] = data.File;
        o["layout"] = data.Layout == DataLayout.Long ? "long" : "wide";
        o["unit-column"] = data.UnitColumn;
        o["name-column"] = data.NameColumn;
        o["time-column"] = data.TimeColumn;
        o["default-year"] = data.DefaultYear;
        o["variable-column"] = data.VariableColumn;
        o["value-column"] = data.ValueColumn;
        return o;
    }

    private static SortedDictionary<string, object?> Variable(PanelVariable variable)
    {
        var o = CanonicalJson.Object();
        o["code"] = variable.Code;
        o["role"] = variable.Role == VariableRole.Group ? "group" : "denominator";
        o["name"] = variable.Name;
        o["unit"] = variable.Unit;
        return o;
    }

    private static SortedDictionary<string, object?> Indicator(Node node)
    {
        var o = Common(node);
        o["direction"] = (int)node.Direction;
        o["target"] = node.Target;
        o["goalposts"] = node.Goalposts is { } g ? new List<object?> { g.Lower, g.Upper } : null;
        if (node.Denominator is { } d)
        {
            var denominator = CanonicalJson.Object();
            denominator["code"] = d.Code;
            denominator["scale"] = d.Scale;
            o["denominator"] = denominator;
        }
        else
        {
            o["denominator"] = null;
        }

        return o;
    }

    // Direction, target, goalposts and denominator are only read for indicators, so an aggregate's are not part of
    // its meaning and are left out.
    private static SortedDictionary<string, object?> Aggregate(Node node) => Common(node);

    private static SortedDictionary<string, object?> Common(Node node)
    {
        var o = CanonicalJson.Object();
        o["code"] = node.Code;
        o["name"] = node.Name ?? node.Code;
        o["parent"] = node.Parent;
        o["weight"] = node.Weight;
        o["unit"] = node.Unit;
        o["type"] = node.Type;
        o["source"] = node.Source;
        return o;
    }

    /// <summary>
    /// One step in its canonical form, e.g. <c>{"normalise":{"method":"minmax:0,100",…}}</c>: the parameters a
    /// build log records, written exactly as they enter the recipe hash.
    /// </summary>
    public static string StepToJson(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return CanonicalJson.Write(StepEntry(step));
    }

    private static SortedDictionary<string, object?> StepEntry(Step step)
    {
        var body = CanonicalJson.Object();
        switch (step)
        {
            case Step.Denominate:
                break;
            case Step.Screen s:
                body["min-availability"] = s.MinAvailability;
                body["min-per-aggregate"] = s.MinPerAggregate;
                body["aggregate-level"] = s.AggregateLevel;
                break;
            case Step.Impute i:
                body["method"] = MethodSyntax.Format(i.Method, explicitDefaults: true);
                break;
            case Step.Treat t:
                body["method"] = MethodSyntax.Format(t.Method, explicitDefaults: true);
                body["per-indicator"] = Map(t.PerIndicator, m => MethodSyntax.Format(m, explicitDefaults: true));
                break;
            case Step.Normalise n:
                body["method"] = MethodSyntax.Format(n.Method, explicitDefaults: true);
                body["reference"] = n.Reference == NormalisationReference.Pooled ? "pooled" : "per-year";
                body["per-indicator"] = Map(n.PerIndicator, m => MethodSyntax.Format(m, explicitDefaults: true));
                break;
            case Step.Weight { Method: WeightingMethod.Set set }:
                body["set"] = set.Name;
                body["weights"] = Map(set.Weights, w => (object)w);
                break;
            case Step.Weight w:
                body["method"] = MethodSyntax.Format(w.Method, explicitDefaults: true);
                break;
            case Step.Aggregate a:
                body["method"] = MethodSyntax.Format(a.Method, explicitDefaults: true);
                body["min-availability"] = a.MinAvailability;
                var byLevel = CanonicalJson.Object();
                foreach (var (level, method) in a.ByLevel ?? ImmutableSortedDictionary<int, AggregationMethod>.Empty)
                {
                    byLevel[level.ToString(CultureInfo.InvariantCulture)] = MethodSyntax.Format(method, true);
                }

                body["by-level"] = byLevel;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
        }

        var o = CanonicalJson.Object();
        o[step.Kind] = body;
        return o;
    }

    private static SortedDictionary<string, object?> Map<T>(IEnumerable<KeyValuePair<string, T>>? entries,
        Func<T, object?> value)
    {
        var o = CanonicalJson.Object();
        foreach (var (key, item) in entries ?? [])
        {
            o[key] = value(item);
        }

        return o;
    }

    private static object Bands(BandRule bands)
    {
        if (bands is not BandRule.Fixed f)
        {
            return MethodSyntax.Format(bands, explicitDefaults: true);
        }

        var o = CanonicalJson.Object();
        o["thresholds"] = f.Thresholds.Select(t => (object?)t).ToList();
        o["labels"] = f.Labels.ToList();
        return o;
    }
}
