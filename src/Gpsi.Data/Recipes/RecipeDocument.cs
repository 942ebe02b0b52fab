using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Core.Weighting;

namespace Gpsi.Data.Recipes;

/// <summary>
/// A recipe in the file's shape, ready to print as YAML or JSON: ordered maps (flow or block), lists and scalars
/// (string, int, double, null). Defaults are left out and methods use their short form, so the file stays short; the
/// canonical form, not this one, is what the hash covers.
/// </summary>
internal static class RecipeDocument
{
    /// <summary>An ordered map; <see cref="Flow"/> prints it on one line in YAML.</summary>
    internal sealed class Map(bool flow = false) : List<KeyValuePair<string, object?>>
    {
        public bool Flow { get; } = flow;

        public Map With(string key, object? value)
        {
            Add(new(key, value));
            return this;
        }

        public Map WithOptional(string key, object? value) => value is null ? this : With(key, value);
    }

    public static Map Build(Recipe recipe)
    {
        var root = new Map()
            .With("name", recipe.Name)
            .WithOptional("title", recipe.Title)
            .WithOptional("description", recipe.Description)
            .WithOptional("version", recipe.Version);
        if (recipe.Data is { } data)
        {
            root.With("data", Data(data));
        }

        if (recipe.Variables.Length > 0)
        {
            root.With("variables", recipe.Variables.Select(v => (object?)new Map(flow: true)
                .With("code", v.Code)
                .With("role", v.Role == VariableRole.Group ? "group" : "denominator")
                .WithOptional("name", v.Name)
                .WithOptional("unit", v.Unit)
                .WithOptional("series", v.Series)
                .WithOptional("registry", v.Registry)).ToList());
        }

        root.With("indicators", recipe.Nodes.Where(n => n.Kind == NodeKind.Indicator).Select(Indicator).ToList());
        root.With("aggregates", recipe.Nodes.Where(n => n.Kind == NodeKind.Aggregate).Select(Aggregate).ToList());
        if (recipe.Steps.Length > 0)
        {
            root.With("steps", recipe.Steps.Select(s => (object?)new Map().With(s.Kind, StepBody(s))).ToList());
        }

        root.With("bands", recipe.Bands is BandRule.Fixed f
            ? new Map()
                .With("thresholds", f.Thresholds.Select(t => (object?)t).ToList())
                .With("labels", f.Labels.Select(l => (object?)l).ToList())
            : MethodSyntax.Format(recipe.Bands));
        if (recipe.Years.Length > 0)
        {
            root.With("years", recipe.Years.Select(y => (object?)y).ToList());
        }

        if (recipe.Derived.Length > 0)
        {
            root.With("derived", recipe.Derived.Select(Derived).ToList());
        }

        if (recipe.Reasons.Count > 0)
        {
            var reasons = new Map();
            foreach (var (key, text) in recipe.Reasons)
            {
                reasons.With(key, text);
            }

            root.With("reasons", reasons);
        }

        if (recipe.Uncertainty is { } uncertainty)
        {
            root.With("uncertainty", new Map()
                .With("replications", uncertainty.Replications)
                .With("seed", uncertainty.Seed)
                .With("factors", uncertainty.Factors.Select(f => (object?)Factor(f)).ToList()));
        }

        return root;
    }

    private static Map Factor(Core.Uncertainty.Factor factor)
    {
        var map = new Map(flow: true).With("name", factor.Name);
        return factor switch
        {
            Core.Uncertainty.Factor.NormalisationChoice n =>
                map.With("normalise", n.Options.Select(o => (object?)MethodSyntax.Format(o)).ToList()),
            Core.Uncertainty.Factor.AggregationChoice a =>
                map.With("aggregate", a.Options.Select(o => (object?)MethodSyntax.Format(o)).ToList()),
            Core.Uncertainty.Factor.ImputationChoice i => map.With("impute", i.Options.Select(o => o.Length switch
            {
                0 => (object?)"none",
                1 => MethodSyntax.Format(o[0]),
                _ => o.Select(m => (object?)MethodSyntax.Format(m)).ToList(),
            }).ToList()),
            Core.Uncertainty.Factor.WinsorisationLimit w => map.With("winsorise", w.Limits.Select(l => (object?)l).ToList()),
            Core.Uncertainty.Factor.IndicatorExclusion x => map.With("exclude", x.Candidates.Select(c => (object?)c).ToList()),
            Core.Uncertainty.Factor.WeightNoise w => map.With("weight-noise", new Map(flow: true)
                .With("levels", w.TreeLevels.Select(l => (object?)l).ToList())
                .With("epsilon", w.Epsilon)
                .WithOptional("sets", w.Sets)),
            _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "Unknown factor kind."),
        };
    }

    private static Map Data(DataSource data)
    {
        var defaults = new DataSource { File = data.File };
        var map = new Map();
        if (data.Catalogue is null || data.File is not null)
        {
            map.With("file", data.File);
        }

        if (data.Catalogue is not null)
        {
            map.With("catalogue", data.Catalogue).WithOptional("units", data.Units).WithOptional("from-year", data.FromYear);
        }

        if (data.Layout != defaults.Layout)
        {
            map.With("layout", data.Layout == DataLayout.Long ? "long" : "wide");
        }

        void Column(string key, string? value, string? fallback)
        {
            if (value != fallback)
            {
                map.With(key, value);
            }
        }

        Column("unit-column", data.UnitColumn, defaults.UnitColumn);
        Column("name-column", data.NameColumn, defaults.NameColumn);
        Column("time-column", data.TimeColumn, defaults.TimeColumn);
        map.WithOptional("default-year", data.DefaultYear);
        Column("variable-column", data.VariableColumn, defaults.VariableColumn);
        Column("value-column", data.ValueColumn, defaults.ValueColumn);
        return map;
    }

    private static object? Indicator(Node node)
    {
        var map = new Map().With("code", node.Code).WithOptional("name", node.Name).With("parent", node.Parent);
        if (node.Direction == Direction.Negative)
        {
            map.With("direction", -1);
        }

        if (node.Weight != 1)
        {
            map.With("weight", node.Weight);
        }

        map.WithOptional("unit", node.Unit).WithOptional("target", node.Target);
        if (node.Goalposts is { } g)
        {
            map.With("goalposts", new List<object?> { g.Lower, g.Upper });
        }

        if (node.Denominator is { } d)
        {
            map.With("denominator", d.Scale == 1
                ? d.Code
                : new Map(flow: true).With("code", d.Code).With("scale", d.Scale));
        }

        return map.WithOptional("type", node.Type).WithOptional("source", node.Source).WithOptional("series", node.Series);
    }

    private static object? Derived(Core.Derivation.DerivedSeries series)
    {
        var map = new Map().With("code", series.Code).WithOptional("name", series.Name).WithOptional("unit", series.Unit);
        static List<object?> Names(IEnumerable<string> names) => [.. names.Select(n => (object?)n)];
        return series.Rule switch
        {
            Core.Derivation.DerivationRule.Sum r => map.With("sum", Names(r.Series)),
            Core.Derivation.DerivationRule.Combine r => map.With("combine", Names(r.Series)),
            Core.Derivation.DerivationRule.Ratio r => map.With("ratio", new Map(flow: true)
                .With("numerator", r.Numerator).With("denominator", r.Denominator).With("scale", r.Scale)),
            Core.Derivation.DerivationRule.Change r => map.With("change", new Map(flow: true)
                .With("series", r.Series).With("years", r.Years).With("percent", r.Percent ? "true" : "false")),
            Core.Derivation.DerivationRule.WeightedSum r => map.With("weighted-sum", new Map()
                .With("base", r.Base)
                .With("terms", r.Terms.Select(t => (object?)new Map(flow: true).With("name", t.Name)
                    .With("series", t.Series).With("weight", t.Weight).With("absent", t.AbsentIsZero ? "zero" : "missing"))
                    .ToList())),
            Core.Derivation.DerivationRule.Window r => map.With("window", new Map(flow: true)
                .With("series", r.Series).With("weights", r.Weights.Select(w => (object?)w).ToList())),
            Core.Derivation.DerivationRule.LogScale r => map.With("log-scale", new Map(flow: true)
                .With("series", r.Series).With("max", r.Max)),
            _ => throw new ArgumentOutOfRangeException(nameof(series), series.Rule, "Unknown derivation rule."),
        };
    }

    private static object? Aggregate(Node node)
    {
        var map = new Map(flow: true).With("code", node.Code).WithOptional("name", node.Name)
            .WithOptional("parent", node.Parent);
        if (node.Weight != 1)
        {
            map.With("weight", node.Weight);
        }

        return map.WithOptional("unit", node.Unit).WithOptional("type", node.Type).WithOptional("source", node.Source);
    }

    private static object StepBody(Step step)
    {
        switch (step)
        {
            case Step.Denominate:
                return new Map(flow: true);
            case Step.Screen s:
                var screen = new Map(flow: true);
                if (s.MinAvailability != 0)
                {
                    screen.With("min-availability", s.MinAvailability);
                }

                screen.WithOptional("min-per-aggregate", s.MinPerAggregate);
                screen.WithOptional("min-aggregates", s.MinAggregates);
                if (s.AggregateLevel != 2)
                {
                    screen.With("aggregate-level", s.AggregateLevel);
                }

                return screen;
            case Step.Impute i:
                return MethodSyntax.Format(i.Method);
            case Step.Treat t:
                return Methods(MethodSyntax.Format(t.Method), null, PerIndicator(t.PerIndicator, MethodSyntax.Format));
            case Step.Normalise n:
                var reference = n.Reference == NormalisationReference.Pooled ? "pooled" : null;
                return Methods(MethodSyntax.Format(n.Method), reference, PerIndicator(n.PerIndicator, MethodSyntax.Format));
            case Step.Weight { Method: WeightingMethod.Set set }:
                var weights = new Map();
                foreach (var (code, w) in set.Weights)
                {
                    weights.With(code, w);
                }

                return new Map().With("set", set.Name).With("weights", weights);
            case Step.Weight w:
                return MethodSyntax.Format(w.Method);
            case Step.Aggregate a:
                if (a.ByLevel is not { Count: > 0 } && a.MinAvailability is null)
                {
                    return MethodSyntax.Format(a.Method);
                }

                var aggregate = new Map().With("method", MethodSyntax.Format(a.Method));
                if (a.ByLevel is { Count: > 0 } byLevel)
                {
                    var levels = new Map();
                    foreach (var (level, method) in byLevel)
                    {
                        levels.With(level.ToString(CultureInfo.InvariantCulture), MethodSyntax.Format(method));
                    }

                    aggregate.With("by-level", levels);
                }

                return aggregate.WithOptional("min-availability", a.MinAvailability);
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
        }
    }

    private static object Methods(string method, string? reference, Map? perIndicator)
    {
        if (reference is null && perIndicator is null)
        {
            return method;
        }

        return new Map().With("method", method).WithOptional("reference", reference)
            .WithOptional("per-indicator", perIndicator);
    }

    private static Map? PerIndicator<T>(ImmutableSortedDictionary<string, T>? methods, Func<T, bool, string> format)
    {
        if (methods is not { Count: > 0 })
        {
            return null;
        }

        var map = new Map();
        foreach (var (code, method) in methods)
        {
            map.With(code, format(method, false));
        }

        return map;
    }
}
