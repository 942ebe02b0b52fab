using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Gpsi.Api.Serving;
using Gpsi.Data.Countries;

namespace Gpsi.Api.Views;

/// <summary>
/// What the data routes answer from, prepared once per <see cref="ServedIndex"/>: a <see cref="YearView"/> per year
/// and caches of the answers built so far (each answer is a pure function of the index and the request, so a built
/// answer is kept and the same object served again). A new index (new editions) gets a new view; the old one is
/// collected with its index.
/// </summary>
internal sealed class ApiView
{
    private static readonly ConditionalWeakTable<ServedIndex, ApiView> Views = new();

    private ApiView(ServedIndex index, CountryRegistry registry)
    {
        Index = index;
        Registry = registry;
        Years = index.Current.Values.ToFrozenDictionary(e => e.Year, e => new YearView(e));
        NodeCodes = [.. index.Years.SelectMany(y => Years[y].Run.Nodes.Select(n => n.Code)).Distinct()];
    }

    public ServedIndex Index { get; }

    public CountryRegistry Registry { get; }

    public FrozenDictionary<int, YearView> Years { get; }

    /// <summary>The latest year's view; null when nothing is published.</summary>
    public YearView? Latest => Index.Years.Count == 0 ? null : Years[Index.Years[^1]];

    /// <summary>Every node code of any year's run, in run order.</summary>
    public IReadOnlyList<string> NodeCodes { get; }

    /// <summary>The editions list, serialised once.</summary>
    public ApiBody Editions => field ??= ApiBody.Of(Index.Editions.Select(e =>
        new ApiEdition(e.Id, e.Year, e.RecipeHash, e.SnapshotId, e.PublishedAt, e.IsCurrent)).ToList());

    // The answers built so far, serialised (their keys are validated values, so the caches stay small).
    public ConcurrentDictionary<RankingsKey, ApiBody> Rankings { get; } = new();

    public ConcurrentDictionary<(int Year, string Node), IReadOnlyList<ApiRanking>> RankingRows { get; } = new();

    public ConcurrentDictionary<(int Year, string Iso3), ApiBody> Countries { get; } = new();

    public ConcurrentDictionary<int, ApiBody> Frameworks { get; } = new();

    public ConcurrentDictionary<int, ApiBody> Methodologies { get; } = new();

    public ConcurrentDictionary<(string Code, string? Iso3), (ApiBody Body, bool Empty)> IndicatorSeries { get; } = new();

    /// <summary>The view of what <paramref name="holder"/> serves now (built on first use).</summary>
    public static ApiView Of(ServedIndexHolder holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return Views.GetValue(holder.Index, index => new ApiView(index, holder.Registry));
    }
}
