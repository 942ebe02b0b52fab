using System.Collections.Immutable;

namespace Gpsi.Data.Recipes;

/// <summary>The keys a recipe file may use, by section; <c>docs/recipe.md</c> documents exactly these.</summary>
internal static class RecipeKeys
{
    public static readonly ImmutableArray<string> Root =
        ["name", "title", "description", "version", "data", "variables", "indicators", "aggregates", "steps", "bands",
            "years", "derived", "reasons", "uncertainty"];

    public static readonly ImmutableArray<string> Uncertainty = ["replications", "seed", "factors", "reason"];

    public static readonly ImmutableArray<string> Data =
        ["file", "layout", "unit-column", "name-column", "time-column", "default-year", "variable-column",
            "value-column", "catalogue", "units", "from-year", "reason"];

    public static readonly ImmutableArray<string> Variable =
        ["code", "role", "name", "unit", "series", "registry", "reason"];

    public static readonly ImmutableArray<string> Indicator =
        ["code", "name", "parent", "direction", "weight", "unit", "target", "goalposts", "denominator", "type",
            "source", "series", "reason"];

    public static readonly ImmutableArray<string> Denominator = ["code", "scale"];

    public static readonly ImmutableArray<string> Aggregate = ["code", "name", "parent", "weight", "unit", "type",
        "source", "reason"];

    public static readonly ImmutableArray<string> StepKinds =
        ["denominate", "screen", "impute", "treat", "normalise", "weight", "aggregate"];

    public static readonly ImmutableArray<string> Denominate = [];

    public static readonly ImmutableArray<string> Screen =
        ["min-availability", "min-per-aggregate", "aggregate-level", "min-aggregates"];

    public static readonly ImmutableArray<string> Impute = ["method"];

    public static readonly ImmutableArray<string> Treat = ["method", "per-indicator"];

    public static readonly ImmutableArray<string> Normalise = ["method", "reference", "per-indicator"];

    public static readonly ImmutableArray<string> Weight = ["method", "set", "weights"];

    public static readonly ImmutableArray<string> AggregateStep = ["method", "by-level", "min-availability"];

    public static readonly ImmutableArray<string> Bands = ["thresholds", "labels", "reason"];

    public static readonly ImmutableArray<string> Derived =
        ["code", "name", "unit", "reason", "sum", "combine", "ratio", "change", "weighted-sum", "window", "log-scale"];

    public static readonly ImmutableArray<string> DerivedRules =
        ["sum", "combine", "ratio", "change", "weighted-sum", "window", "log-scale"];

    public static readonly ImmutableArray<string> Ratio = ["numerator", "denominator", "scale"];

    public static readonly ImmutableArray<string> Change = ["series", "years", "percent"];

    public static readonly ImmutableArray<string> WeightedSum = ["base", "terms"];

    public static readonly ImmutableArray<string> Term = ["name", "series", "weight", "absent"];

    public static readonly ImmutableArray<string> Window = ["series", "weights"];

    public static readonly ImmutableArray<string> LogScale = ["series", "max"];

    /// <summary>Every section, by the name <c>docs/recipe.md</c> uses as its heading.</summary>
    public static readonly ImmutableSortedDictionary<string, ImmutableArray<string>> All =
        new Dictionary<string, ImmutableArray<string>>
        {
            ["recipe"] = Root,
            ["data"] = Data,
            ["variables[]"] = Variable,
            ["indicators[]"] = Indicator,
            ["indicators[].denominator"] = Denominator,
            ["aggregates[]"] = Aggregate,
            ["steps[]"] = StepKinds,
            ["steps[].denominate"] = Denominate,
            ["steps[].screen"] = Screen,
            ["steps[].impute"] = Impute,
            ["steps[].treat"] = Treat,
            ["steps[].normalise"] = Normalise,
            ["steps[].weight"] = Weight,
            ["steps[].aggregate"] = AggregateStep,
            ["bands"] = Bands,
            ["derived[]"] = Derived,
            ["derived[].ratio"] = Ratio,
            ["derived[].change"] = Change,
            ["derived[].weighted-sum"] = WeightedSum,
            ["derived[].weighted-sum.terms[]"] = Term,
            ["derived[].window"] = Window,
            ["derived[].log-scale"] = LogScale,
            ["uncertainty"] = Uncertainty,
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
