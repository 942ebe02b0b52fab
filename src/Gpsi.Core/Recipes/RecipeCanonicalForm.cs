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

        // Keys of catalogue-based recipes (issue 4) appear only when used, so older recipes keep their hash.
        if (!recipe.Derived.IsDefaultOrEmpty)
        {
            root["derived"] = recipe.Derived.Select(Derived).ToList();
        }

        if (recipe.Reasons.Count > 0)
        {
            var reasons = CanonicalJson.Object();
            foreach (var (key, text) in recipe.Reasons)
            {
                reasons[key] = text;
            }

            root["reasons"] = reasons;
        }

        if (recipe.Uncertainty is { } uncertainty)
        {
            root["uncertainty"] = Uncertainty(uncertainty);
        }

        return CanonicalJson.Write(root);
    }

    private static SortedDictionary<string, object?> Uncertainty(UncertaintySettings settings)
    {
        var result = CanonicalJson.Object();
        result["replications"] = settings.Replications;
        result["seed"] = settings.Seed;
        result["factors"] = settings.Factors.Select(Factor).ToList();
        return result;
    }

    private static SortedDictionary<string, object?> Factor(Uncertainty.Factor factor)
    {
        var result = CanonicalJson.Object();
        result["name"] = factor.Name;
        switch (factor)
        {
            case Uncertainty.Factor.NormalisationChoice n:
                result["normalise"] = n.Options.Select(o => MethodSyntax.Format(o, explicitDefaults: true)).ToList();
                break;
            case Uncertainty.Factor.AggregationChoice a:
                result["aggregate"] = a.Options.Select(o => MethodSyntax.Format(o, explicitDefaults: true)).ToList();
                break;
            case Uncertainty.Factor.ImputationChoice i:
                result["impute"] = i.Options
                    .Select(o => o.Select(m => MethodSyntax.Format(m, explicitDefaults: true)).ToList()).ToList();
                break;
            case Uncertainty.Factor.WinsorisationLimit w:
                result["winsorise"] = w.Limits.ToList();
                break;
            case Uncertainty.Factor.IndicatorExclusion x:
                result["exclude"] = x.Candidates.ToList();
                break;
            case Uncertainty.Factor.WeightNoise w:
                var noise = CanonicalJson.Object();
                noise["levels"] = w.TreeLevels.ToList();
                noise["epsilon"] = w.Epsilon;
                noise["sets"] = w.Sets;
                result["weight-noise"] = noise;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(factor), factor, "Unknown factor kind.");
        }

        return result;
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
        if (data.Catalogue is not null)
        {
            o["catalogue"] = data.Catalogue;
            o["units"] = data.Units;
            o["from-year"] = data.FromYear;
        }

        return o;
    }

    private static SortedDictionary<string, object?> Variable(PanelVariable variable)
    {
        var o = CanonicalJson.Object();
        o["code"] = variable.Code;
        o["role"] = variable.Role == VariableRole.Group ? "group" : "denominator";
        o["name"] = variable.Name;
        o["unit"] = variable.Unit;
        if (variable.Series is not null)
        {
            o["series"] = variable.Series;
        }

        if (variable.Registry is not null)
        {
            o["registry"] = variable.Registry;
        }

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

        if (node.Series is not null)
        {
            o["series"] = node.Series;
        }

        return o;
    }

    private static SortedDictionary<string, object?> Derived(Derivation.DerivedSeries series)
    {
        var o = CanonicalJson.Object();
        o["code"] = series.Code;
        o["name"] = series.Name ?? series.Code;
        o["unit"] = series.Unit;
        var rule = CanonicalJson.Object();
        switch (series.Rule)
        {
            case Derivation.DerivationRule.Sum s:
                o["sum"] = s.Series.ToList();
                break;
            case Derivation.DerivationRule.Combine c:
                o["combine"] = c.Series.ToList();
                break;
            case Derivation.DerivationRule.Ratio r:
                rule["numerator"] = r.Numerator;
                rule["denominator"] = r.Denominator;
                rule["scale"] = r.Scale;
                o["ratio"] = rule;
                break;
            case Derivation.DerivationRule.Change c:
                rule["series"] = c.Series;
                rule["years"] = c.Years;
                rule["percent"] = c.Percent ? "true" : "false";
                o["change"] = rule;
                break;
            case Derivation.DerivationRule.WeightedSum w:
                rule["base"] = w.Base;
                rule["terms"] = w.Terms.Select(t =>
                {
                    var term = CanonicalJson.Object();
                    term["name"] = t.Name;
                    term["series"] = t.Series;
                    term["weight"] = t.Weight;
                    term["absent"] = t.AbsentIsZero ? "zero" : "missing";
                    return term;
                }).ToList();
                o["weighted-sum"] = rule;
                break;
            case Derivation.DerivationRule.Window w:
                rule["series"] = w.Series;
                rule["weights"] = w.Weights.Cast<object?>().ToList();
                o["window"] = rule;
                break;
            case Derivation.DerivationRule.LogScale l:
                rule["series"] = l.Series;
                rule["max"] = l.Max;
                o["log-scale"] = rule;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(series), series.Rule, "Unknown derivation rule.");
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
                if (s.MinAggregates is not null)
                {
                    // Only when used, so recipes written before it keep their hash.
                    body["min-aggregates"] = s.MinAggregates;
                }

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
