using System.Collections.Concurrent;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Building;

/// <summary>
/// Builds of one panel, remembered by the recipe's canonical form: two recipes that mean the same build once. Building
/// is a pure function of (recipe, panel), so a remembered build is the build. Used when the same recipes are built for
/// several years of one panel (the rank intervals of every edition). Thread-safe.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, Lazy<Build>> _builds = new(StringComparer.Ordinal);

    /// <summary>A cache of builds over <paramref name="panel"/>.</summary>
    public BuildCache(Panel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        Panel = panel;
    }

    /// <summary>The panel every build is over.</summary>
    public Panel Panel { get; }

    /// <summary>How many distinct recipes were built.</summary>
    public int Count => _builds.Count;

    /// <summary><see cref="Builder.Run"/> of <paramref name="recipe"/> over <see cref="Panel"/>, built once.</summary>
    public Build Run(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        return _builds.GetOrAdd(RecipeCanonicalForm.ToJson(recipe),
            _ => new Lazy<Build>(() => Builder.Run(recipe, Panel), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The build of <paramref name="recipe"/> over <paramref name="panel"/>: from <paramref name="cache"/> when
    /// one is given (it must be over the same panel), else a fresh <see cref="Builder.Run"/>.</summary>
    /// <exception cref="ArgumentException">The cache is over another panel.</exception>
    public static Build Run(BuildCache? cache, Recipe recipe, Panel panel)
    {
        if (cache is null)
        {
            return Builder.Run(recipe, panel);
        }

        if (!ReferenceEquals(cache.Panel, panel))
        {
            throw new ArgumentException("The build cache is over another panel.", nameof(cache));
        }

        return cache.Run(recipe);
    }
}
