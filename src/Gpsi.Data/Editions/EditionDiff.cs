using System.Collections.Immutable;

namespace Gpsi.Data.Editions;

/// <summary>
/// Compares two editions country by country and splits each change into the part due to new data and the part due
/// to a recipe change (<see cref="ChangeSplit"/>), from the 2 × 2 results f(recipe, data): the two editions as built
/// (recipe A on data A, recipe B on data B) and the two cross builds (recipe B on data A, recipe A on data B). For
/// an edition, "data A" is what edition year A used from its snapshot, so with one recipe the recipe part is
/// exactly 0 and the data part is the whole change.
/// </summary>
public static partial class EditionDiff
{
    /// <summary>
    /// Every country ranked in both editions (<paramref name="aa"/> and <paramref name="bb"/>), sorted by the size
    /// of its rank change (largest first), then of its score change, then ISO3. Countries ranked in only one
    /// edition are left out (see <see cref="Entered"/> and <see cref="Left"/>).
    /// </summary>
    /// <param name="aa">f(RA, DA): edition A.</param>
    /// <param name="bb">f(RB, DB): edition B.</param>
    /// <param name="ba">f(RB, DA): edition A's data under B's recipe.</param>
    /// <param name="ab">f(RA, DB): edition B's data under A's recipe.</param>
    /// <param name="names">Country names by ISO3, for display; may lack some.</param>
    public static ImmutableArray<CountryChange> Compare(CellScores aa, CellScores bb, CellScores ba, CellScores ab,
        IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(aa);
        ArgumentNullException.ThrowIfNull(bb);
        ArgumentNullException.ThrowIfNull(ba);
        ArgumentNullException.ThrowIfNull(ab);
        var changes = new List<CountryChange>();
        foreach (var (iso3, a) in aa.Scores)
        {
            if (!bb.Scores.TryGetValue(iso3, out var b))
            {
                continue;
            }

            var crossBa = ba.Scores.GetValueOrDefault(iso3);
            var crossAb = ab.Scores.GetValueOrDefault(iso3);
            // Ranks as −rank, so that every part reads "places gained".
            var rank = ChangeSplit.Of(-a.Rank, -b.Rank, -crossBa?.Rank, -crossAb?.Rank);
            var score = ChangeSplit.Of(a.Score, b.Score, crossBa?.Score, crossAb?.Score);
            changes.Add(new CountryChange(iso3, names?.GetValueOrDefault(iso3), a.Rank, b.Rank, a.Score, b.Score,
                rank, score));
        }

        return
        [
            .. changes
                .OrderByDescending(c => Math.Abs(c.Rank.Total))
                .ThenByDescending(c => Math.Abs(c.Score.Total))
                .ThenBy(c => c.Iso3, StringComparer.Ordinal),
        ];
    }

    /// <summary>Countries ranked in edition B but not in A, by ISO3.</summary>
    public static ImmutableArray<string> Entered(CellScores aa, CellScores bb)
    {
        ArgumentNullException.ThrowIfNull(aa);
        ArgumentNullException.ThrowIfNull(bb);
        return [.. bb.Scores.Keys.Where(k => !aa.Scores.ContainsKey(k))];
    }

    /// <summary>Countries ranked in edition A but not in B, by ISO3.</summary>
    public static ImmutableArray<string> Left(CellScores aa, CellScores bb) => Entered(bb, aa);
}
