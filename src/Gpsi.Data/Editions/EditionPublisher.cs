using System.Globalization;
using Gpsi.Core.Editions;
using Gpsi.Core.Observations;
using Gpsi.Data.Store;

namespace Gpsi.Data.Editions;

/// <summary>
/// Publishes each edition year of an <see cref="IndexRun"/> to a store: saves the recipe, loads the observations as
/// the run's snapshot (a no-op when that snapshot is already stored), and publishes one edition per year. A year whose
/// current edition already has the same recipe hash and snapshot is left as it is; otherwise the edition gets id
/// <c>YEAR</c>, or <c>YEAR-rN</c> for the N-th publication of that year, and becomes current.
/// </summary>
public static class EditionPublisher
{
    /// <summary>What happened to each year, in year order.</summary>
    public static async Task<IReadOnlyList<PublishOutcome>> PublishAsync(IGpsiStore store, IndexRun run,
        IEnumerable<Observation> observations, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(clock);
        await store.SaveRecipeAsync(run.Recipe, cancellationToken).ConfigureAwait(false);
        await store.LoadSnapshotAsync(run.SnapshotId, $"{run.Recipe.Name} inputs", observations,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        var existing = await store.ListEditionsAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new List<PublishOutcome>();
        var rowsByYear = run.Scores.GroupBy(s => s.Year).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var year in run.Years)
        {
            var current = await store.CurrentEditionAsync(year, cancellationToken).ConfigureAwait(false);
            if (current is not null && current.RecipeHash == run.RecipeHash && current.SnapshotId == run.SnapshotId)
            {
                outcomes.Add(new PublishOutcome(year, current.Id, Published: false));
                continue;
            }

            var count = existing.Count(e => e.Year == year);
            var id = count == 0
                ? year.ToString(CultureInfo.InvariantCulture)
                : $"{year.ToString(CultureInfo.InvariantCulture)}-r{(count + 1).ToString(CultureInfo.InvariantCulture)}";
            var rows = rowsByYear.GetValueOrDefault(year) ?? [];
            var edition = new Edition(id, year, run.RecipeHash, run.SnapshotId, clock.GetUtcNow(),
                [.. rows.Select(r => new EditionRow(new CountryCode(r.Iso3), r.Node, r.Score, r.Rank, r.Band, r.Interval))]);
            await store.PublishEditionAsync(edition, cancellationToken).ConfigureAwait(false);
            outcomes.Add(new PublishOutcome(year, id, Published: true));
        }

        return outcomes;
    }
}

/// <summary>What <see cref="EditionPublisher"/> did for one year.</summary>
/// <param name="Year">The edition year.</param>
/// <param name="EditionId">The current edition's id for that year.</param>
/// <param name="Published">True when it was published now; false when the identical edition was already current.</param>
public sealed record PublishOutcome(int Year, string EditionId, bool Published);
