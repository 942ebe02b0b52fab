using System.Diagnostics.CodeAnalysis;
using Gpsi.Core.Derivation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Data.Editions;
using Gpsi.Data.Store;
using Gpsi.Data.Tests.Store;

namespace Gpsi.Data.Tests.Editions;

/// <summary>
/// <c>gpsi diff</c>'s logic over a SQLite store holding the real GPSI editions: the published recipe, and a variant
/// that weights terrorism deaths 1 instead of 3 in the terrorism impact score.
/// </summary>
public sealed class EditionDiffStoreTests(EditionDiffStoreTests.PublishedStore published)
    : IClassFixture<EditionDiffStoreTests.PublishedStore>
{
    [Fact]
    public async Task CompareAsync_SameRecipeAndSnapshot_RecipePartExactlyZero()
    {
        var (comparison, diagnostics) = await published.CompareAsync("2019", "2020");

        diagnostics.ShouldBeEmpty();
        comparison.SameRecipe.ShouldBeTrue();
        comparison.SameSnapshot.ShouldBeTrue();
        comparison.Node.ShouldBe("index");
        comparison.Countries.Length.ShouldBeGreaterThanOrEqualTo(190);
        comparison.Countries.ShouldAllBe(c => c.Score.Recipe == 0 && c.Rank.Recipe == 0
            && c.Score.Data == c.Score.Total && c.Rank.Data == c.Rank.Total);
        comparison.Countries.Count(c => c.Score.Total != 0).ShouldBeGreaterThan(100);
        var scores = GpsiRun.Run.Scores.Where(s => s.Node == "index").ToLookup(s => s.Iso3);
        foreach (var c in comparison.Countries)
        {
            var a = scores[c.Iso3].Single(s => s.Year == 2019);
            var b = scores[c.Iso3].Single(s => s.Year == 2020);
            (c.ScoreA, c.ScoreB, c.RankA, c.RankB).ShouldBe((a.Score!.Value, b.Score!.Value, a.Rank!.Value, b.Rank!.Value));
        }

        comparison.Countries.Select(c => Math.Abs(c.Rank.Total)).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task CompareAsync_ChangedWeight_RecipePartNonZeroAndPartsSumToTotal()
    {
        var (comparison, diagnostics) = await published.CompareAsync("2019", "2020-r2");

        diagnostics.ShouldBeEmpty();
        comparison.SameRecipe.ShouldBeFalse();
        comparison.Countries.Count(c => Math.Abs(c.Score.Recipe!.Value) > 1e-6).ShouldBeGreaterThan(10);
        foreach (var c in comparison.Countries)
        {
            (c.Score.Data!.Value + c.Score.Recipe!.Value).ShouldBe(c.Score.Total, 1e-9);
            (c.Score.DataFirstData!.Value + c.Score.DataFirstRecipe!.Value).ShouldBe(c.Score.Total, 1e-9);
            (c.Score.RecipeFirstRecipe!.Value + c.Score.RecipeFirstData!.Value).ShouldBe(c.Score.Total, 1e-9);
            (c.Rank.Data!.Value + c.Rank.Recipe!.Value).ShouldBe(c.Rank.Total, 1e-9);
        }

        // Edition A is as published; B's scores are the variant's.
        var variant = published.Variant.Scores.Where(s => s.Node == "index" && s.Year == 2020).ToDictionary(s => s.Iso3);
        comparison.Countries.ShouldAllBe(c => c.ScoreB == variant[c.Iso3].Score);
    }

    [Fact]
    public async Task CompareAsync_DraftRecipe_SameAsPublishingIt()
    {
        var (published2, _) = await published.CompareAsync("2019", "2020-r2");
        var (draft, diagnostics) = await published.CompareAsync("2019", "2020", published.Variant.Recipe);

        diagnostics.ShouldBeEmpty();
        draft.EditionB.ShouldBe("2020 (draft recipe)");
        draft.Countries.ShouldBe(published2.Countries);
    }

    [Fact]
    public async Task CompareAsync_UnknownEdition_IsADiagnostic()
    {
        var diagnostics = new List<Diagnostic>();

        var result = await EditionDiff.CompareAsync(published.Store, "2019", "1999", PublishedStore.Settings(), diagnostics);

        result.ShouldBeNull();
        var error = diagnostics.ShouldHaveSingleItem();
        (error.Code, error.Found).ShouldBe(("diff.unknown-edition", "1999"));
        error.Expected!.ShouldContain("2020-r2");
    }

    [Fact]
    public async Task CompareAsync_Dimension_ComparesThatNode()
    {
        var diagnostics = new List<Diagnostic>();

        var terror = await EditionDiff.CompareAsync(published.Store, "2019", "2020",
            PublishedStore.Settings() with { Node = "terror" }, diagnostics);

        terror.ShouldNotBeNull(string.Join('\n', diagnostics));
        terror.Node.ShouldBe("terror");
        var scores = GpsiRun.Run.Scores.Where(s => s.Node == "terror" && s.Year == 2020 && s.Rank is not null)
            .ToDictionary(s => s.Iso3);
        terror.Countries.ShouldAllBe(c => c.ScoreB == scores[c.Iso3].Score && c.RankB == scores[c.Iso3].Rank);
    }

    [Fact]
    public async Task CompareAsync_UnknownNode_SuggestsTheClosest()
    {
        var diagnostics = new List<Diagnostic>();

        var result = await EditionDiff.CompareAsync(published.Store, "2019", "2020",
            PublishedStore.Settings() with { Node = "terorr" }, diagnostics);

        result.ShouldBeNull();
        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("diff.unknown-node");
        error.Message.ShouldContain("did you mean 'terror'");
    }

    /// <summary>A temporary store with the GPSI editions published twice: as read, then with the variant recipe.</summary>
    [SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
        Justification = "xUnit disposes a fixture through IAsyncLifetime.DisposeAsync, which deletes the folder.")]
    public sealed class PublishedStore : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();

        public IGpsiStore Store { get; private set; } = null!;

        public IndexRun Variant { get; private set; } = null!;

        public static DiffSettings Settings(Recipe? draft = null) =>
            new(GpsiRun.Inputs.Registry, GpsiRun.Inputs.Catalogue, draft);

        public async Task<(EditionComparison, List<Diagnostic>)> CompareAsync(string a, string b, Recipe? draft = null)
        {
            var diagnostics = new List<Diagnostic>();
            var comparison = await EditionDiff.CompareAsync(Store, a, b, Settings(draft), diagnostics);
            comparison.ShouldNotBeNull(string.Join('\n', diagnostics));
            return (comparison, diagnostics);
        }

        public async Task InitializeAsync()
        {
            var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));
            Store = await GpsiStore.OpenAsync(_folder["diff.db"], clock);
            var inputs = GpsiRun.Inputs;
            await EditionPublisher.PublishAsync(Store, GpsiRun.Run, inputs.Load.Observations, clock);
            var diagnostics = new List<Diagnostic>();
            Variant = IndexRunner.Run(DeathsWeighted(GpsiRun.Recipe, 1), inputs.Load.Observations,
                inputs.Load.SnapshotId, inputs.Registry, inputs.Catalogue, diagnostics)
                ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
            clock.Advance(TimeSpan.FromHours(1));
            await EditionPublisher.PublishAsync(Store, Variant, inputs.Load.Observations, clock);
        }

        public async Task DisposeAsync()
        {
            await Store.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }

        /// <summary>The recipe with the terrorism-deaths term of every weighted sum re-weighted.</summary>
        private static Recipe DeathsWeighted(Recipe recipe, double weight) => recipe with
        {
            Derived =
            [
                .. recipe.Derived.Select(d => d.Rule is DerivationRule.WeightedSum w && d.Code == "terrorism_raw"
                    ? d with
                    {
                        Rule = w with
                        {
                            Terms = [.. w.Terms.Select(t => t.Series == "terrorism_deaths" ? t with { Weight = weight } : t)],
                        },
                    }
                    : d),
            ],
        };
    }
}
