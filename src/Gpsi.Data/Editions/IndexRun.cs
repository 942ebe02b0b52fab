using System.Collections.Immutable;
using Gpsi.Core.Derivation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;

namespace Gpsi.Data.Editions;

/// <summary>
/// A catalogue-backed index (the GPSI) built for every edition year from one recipe and one data snapshot: what the
/// output files, the reports, the store and <c>gpsi diff</c> read. Every list is in a fixed order (documented per
/// property) so that the same recipe and data give byte-identical outputs.
/// </summary>
/// <param name="Recipe">The recipe as read.</param>
/// <param name="RecipeHash">Its content hash (<c>sha256:…</c>).</param>
/// <param name="SnapshotId">The content hash of the input observations (<c>DataLoad.SnapshotId</c>).</param>
/// <param name="Years">The edition years, ascending (2010 … 2020 for GPSI v1).</param>
/// <param name="Countries">Every country considered (the recipe's unit set), by ISO3.</param>
/// <param name="Nodes">The tree, root first, then dimensions, then indicators, each level in recipe order.</param>
/// <param name="Scores">One row per year × ranked country × node, ordered by year, then index rank (unranked last, then ISO3), then node order.</param>
/// <param name="Values">One row per year × considered country × indicator: the value used, ordered by year, ISO3, indicator order.</param>
/// <param name="Coverage">One row per year.</param>
/// <param name="Completeness">One row per year × considered country, ordered by year, ISO3.</param>
/// <param name="Excluded">One row per year × considered country that is not ranked, ordered by year, ISO3.</param>
/// <param name="Derivations">What each derived series had per year (components present, …).</param>
/// <param name="Sources">The catalogue sources behind the recipe's series, ordered by id.</param>
/// <param name="Diagnostics">Warnings and notes from loading, deriving and building.</param>
public sealed record IndexRun(
    Recipe Recipe,
    string RecipeHash,
    string SnapshotId,
    ImmutableArray<int> Years,
    ImmutableArray<RunCountry> Countries,
    ImmutableArray<RunNode> Nodes,
    ImmutableArray<ScoreRow> Scores,
    ImmutableArray<IndicatorValue> Values,
    ImmutableArray<CoverageRow> Coverage,
    ImmutableArray<CompletenessRow> Completeness,
    ImmutableArray<ExclusionRow> Excluded,
    ImmutableArray<DerivationNote> Derivations,
    ImmutableArray<SourceSummary> Sources,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The root node's code (the index).</summary>
    public string RootCode => Nodes[0].Code;
}
