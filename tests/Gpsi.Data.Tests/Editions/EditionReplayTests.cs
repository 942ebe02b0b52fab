using Gpsi.Core.Diagnostics;
using Gpsi.Core.Editions;
using Gpsi.Core.Observations;
using Gpsi.Data.Editions;
using Gpsi.Data.Store;
using Gpsi.Data.Tests.Store;

namespace Gpsi.Data.Tests.Editions;

/// <summary>
/// Re-computing published editions from the store: the real GPSI published to a temp SQLite store replays to the
/// run built from the files (every score, rank, band, value and source, the published intervals carried over);
/// an edition whose rows differ from what its recipe and snapshot give is refused, naming the row.
/// </summary>
public sealed class EditionReplayTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Replay_PublishedGpsi_EqualsTheRunBuiltFromTheFiles()
    {
        var run = GpsiRun.Run;
        using var temp = new TempFolder();
        var store = await GpsiStore.OpenAsync(temp["gpsi.db"], new FixedClock(At));
        await using (store)
        {
            await store.UpsertSourcesAsync(GpsiRun.Inputs.Catalogue.Sources);
            await EditionPublisher.PublishAsync(store, run, GpsiRun.Inputs.Load.Observations, new FixedClock(At));
            var editions = new List<Edition>();
            foreach (var year in new[] { 2012, 2020 })
            {
                editions.Add((await store.CurrentEditionAsync(year)).ShouldNotBeNull());
            }

            var diagnostics = new List<Diagnostic>();
            var replayed = await EditionReplay.ReplayAsync(store, editions, GpsiRun.Inputs.Registry, diagnostics);

            diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
            replayed.ShouldNotBeNull();
            replayed.RecipeHash.ShouldBe(run.RecipeHash);
            replayed.Years.ShouldBe(run.Years); // the recipe's years: pooled normalisation needs them all
            replayed.Scores.Where(r => r.Year is 2012 or 2020).ShouldBe(run.Scores.Where(r => r.Year is 2012 or 2020));
            replayed.Values.Length.ShouldBe(run.Values.Length);
            var differing = replayed.Values.Zip(run.Values)
                .Where(p => p.First with { Provenance = [] } != p.Second with { Provenance = [] }
                    || !p.First.Provenance.Select(Key).SequenceEqual(p.Second.Provenance.Select(Key)))
                .Select(p => $"{p.First.Year} {p.First.Iso3} {p.First.Indicator}").Take(5).ToList();
            differing.ShouldBeEmpty();
            replayed.Values.Count(v => v.Provenance.Any(p => p.Line is not null)).ShouldBeGreaterThan(10_000);
            replayed.Sources.Select(x => $"{x.Id}|{x.Title}|{x.File}|{string.Join(",", x.Series)}")
                .ShouldBe(run.Sources.Select(x => $"{x.Id}|{x.Title}|{x.File}|{string.Join(",", x.Series)}"));
            // Years not replayed keep no intervals (none were published for them here).
            replayed.Scores.Where(r => r.Year == 2015).ShouldAllBe(r => r.Interval == null);
        }
    }

    private static string Key(Provenance p) =>
        $"{p.SourceId}|{p.File}|{p.Line}|{p.Vintage}|{p.Unit}|{string.Join(">", p.Transformations)}|{p.Flags}";

    [Fact]
    public void Reconcile_OneScoreAltered_RefusedNamingEditionCountryAndNode()
    {
        var run = GpsiRun.Run with { Scores = [.. GpsiRun.Run.Scores.Select(r => r with { Interval = null })] };
        var rows = run.Scores.Where(r => r.Year == 2020)
            .Select(r => new EditionRow(new CountryCode(r.Iso3), r.Node, r.Score, r.Rank, r.Band)).ToList();
        var finIndex = rows.FindIndex(r => r.Country.Value == "FIN" && r.Node == "index");
        rows[finIndex] = rows[finIndex] with { Score = rows[finIndex].Score + 0.5 };
        var edition = new Edition("2020-r9", 2020, run.RecipeHash, run.SnapshotId, At, rows);
        var diagnostics = new List<Diagnostic>();

        EditionReplay.Reconcile(run, [edition], diagnostics).ShouldBeNull();

        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("edition.not-reproducible");
        error.Location!.Field.ShouldBe("editions/2020-r9/FIN/index");
        error.Message.ShouldContain("Edition 2020-r9: FIN on 'index' is published as score");
    }

    [Fact]
    public void Reconcile_RowMissing_RefusedWithTheCounts()
    {
        var run = GpsiRun.Run;
        var rows = run.Scores.Where(r => r.Year == 2020).Skip(1)
            .Select(r => new EditionRow(new CountryCode(r.Iso3), r.Node, r.Score, r.Rank, r.Band, r.Interval)).ToList();
        var diagnostics = new List<Diagnostic>();

        EditionReplay.Reconcile(run, [new Edition("2020", 2020, run.RecipeHash, run.SnapshotId, At, rows)], diagnostics)
            .ShouldBeNull();

        diagnostics.ShouldHaveSingleItem().Found.ShouldBe(rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Reconcile_PublishedIntervals_CarriedOntoTheRun()
    {
        var run = GpsiRun.Run with { Scores = [.. GpsiRun.Run.Scores.Select(r => r with { Interval = null })] };
        var rows = run.Scores.Where(r => r.Year == 2019)
            .Select(r => new EditionRow(new CountryCode(r.Iso3), r.Node, r.Score, r.Rank, r.Band,
                r.Node == "index" && r.Rank is { } rank ? new RankInterval(rank, rank, rank + 2) : null)).ToList();
        var diagnostics = new List<Diagnostic>();

        var reconciled = EditionReplay.Reconcile(run, [new Edition("2019", 2019, run.RecipeHash, run.SnapshotId, At, rows)],
            diagnostics).ShouldNotBeNull();

        var sgp = reconciled.Scores.Single(r => r.Year == 2019 && r.Iso3 == "SGP" && r.Node == "index");
        sgp.Interval.ShouldBe(new RankInterval(sgp.Rank!.Value, sgp.Rank.Value, sgp.Rank.Value + 2));
        reconciled.Scores.Where(r => r.Node != "index").ShouldAllBe(r => r.Interval == null);
    }
}
