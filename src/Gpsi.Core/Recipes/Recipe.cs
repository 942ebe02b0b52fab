using System.Collections.Immutable;
using Gpsi.Core.Derivation;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Recipes;

/// <summary>
/// A composite index as data: its tree, indicator metadata and the ordered build steps with their parameters.
/// Building is a pure function of (recipe, panel). Its identity is the hash of its canonical form (<c>RecipeHash</c>),
/// which formatting and key order in the recipe file do not change.
/// </summary>
public sealed record Recipe
{
    /// <summary>Short machine name, e.g. <c>asem</c> or <c>gpsi-v1</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Human title.</summary>
    public string? Title { get; init; }

    /// <summary>Free text describing the recipe.</summary>
    public string? Description { get; init; }

    /// <summary>The recipe's own version label.</summary>
    public string? Version { get; init; }

    /// <summary>Where the panel data comes from (read by the front doors, not the engine).</summary>
    public DataSource? Data { get; init; }

    /// <summary>The tree: indicators and aggregates, in recipe order.</summary>
    public required ImmutableArray<Node> Nodes { get; init; }

    /// <summary>Panel columns that are not indicators: group labels and denominators.</summary>
    public ImmutableArray<PanelVariable> Variables { get; init; } = [];

    /// <summary>The build steps in order.</summary>
    public ImmutableArray<Step> Steps { get; init; } = [];

    /// <summary>How units are banded on the root's score.</summary>
    public BandRule Bands { get; init; } = new BandRule.Quantile();

    /// <summary>The years to report; empty means every year in the panel.</summary>
    public ImmutableArray<int> Years { get; init; } = [];

    /// <summary>Series computed from catalogue series before the build (ratios, changes, weighted sums, windows …).</summary>
    public ImmutableArray<DerivedSeries> Derived { get; init; } = [];

    /// <summary>
    /// The one-line reason for each choice, by the field path it explains (<c>data</c>, <c>bands</c>, <c>years</c>,
    /// <c>steps[2]</c>, <c>indicators.homicide</c>, <c>aggregates.order</c>, <c>variables.population</c>,
    /// <c>derived.terrorism_impact</c>). Part of the recipe's meaning for documentation, so part of its hash.
    /// </summary>
    public ImmutableSortedDictionary<string, string> Reasons { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>The default uncertainty analysis that gives each published rank its interval; null for none.</summary>
    public UncertaintySettings? Uncertainty { get; init; }
}
