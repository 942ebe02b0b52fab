using System.Collections.Immutable;
using Gpsi.Core.Editions;

namespace Gpsi.Data.Editions;

/// <summary>
/// One node's scores and ranks for one edition year under one (recipe, data) pair — a cell of the 2 × 2 comparison
/// behind <see cref="EditionDiff"/>. Only ranked countries with a score are present.
/// </summary>
/// <param name="Scores">Score and rank by ISO3.</param>
public sealed record CellScores(ImmutableSortedDictionary<string, CountryScore> Scores)
{
    /// <summary>
    /// The ranked countries' scores on <paramref name="node"/> (default: the root) in edition year
    /// <paramref name="year"/> of <paramref name="run"/>; empty when the run has no such year.
    /// </summary>
    public static CellScores From(IndexRun run, int year, string? node = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var code = node ?? run.RootCode;
        return new CellScores(run.Scores
            .Where(s => s.Year == year && s.Node == code && s is { Score: not null, Rank: not null })
            .ToImmutableSortedDictionary(s => s.Iso3, s => new CountryScore(s.Score!.Value, s.Rank!.Value),
                StringComparer.Ordinal));
    }

    /// <summary>The ranked countries' scores on <paramref name="node"/> in a published <paramref name="edition"/>.</summary>
    public static CellScores From(Edition edition, string node)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return new CellScores(edition.Rows
            .Where(r => r.Node == node && r is { Score: not null, Rank: not null })
            .ToImmutableSortedDictionary(r => r.Country.Value, r => new CountryScore(r.Score!.Value, r.Rank!.Value),
                StringComparer.Ordinal));
    }
}

/// <summary>A country's score and rank (1 = best) on one node.</summary>
/// <param name="Score">The score.</param>
/// <param name="Rank">The rank.</param>
public sealed record CountryScore(double Score, int Rank);
