using Gpsi.Data.Editions;
using Gpsi.Data.Store;
using Gpsi.Data.Tests.Store;

namespace Gpsi.Data.Tests.Editions;

/// <summary>
/// Publishing the real GPSI run: eleven editions on both back ends, every row as the run has it, an unchanged
/// republish that writes nothing, and a changed recipe published as <c>YEAR-r2</c> beside the first.
/// </summary>
public sealed class EditionPublisherTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Publish_Sqlite_ElevenEditions_ThenUnchanged_ThenRevision()
    {
        using var temp = new TempFolder();
        await CheckAsync(temp["gpsi.db"]);
    }

    [PostgresFact]
    public async Task Publish_Postgres_ElevenEditions_ThenUnchanged_ThenRevision() =>
        await CheckAsync(await database.NewSchemaAsync());

    private static async Task CheckAsync(string connection)
    {
        var run = GpsiRun.Run;
        var clock = new FixedClock(Start);
        var store = await GpsiStore.OpenAsync(connection, clock);
        await using (store)
        {
            var first = await EditionPublisher.PublishAsync(store, run, GpsiRun.Inputs.Load.Observations, clock);
            first.Select(o => (o.EditionId, o.Published)).ShouldBe(run.Years.Select(y => (y.ToString(), true)));

            var e2020 = (await store.CurrentEditionAsync(2020)).ShouldNotBeNull();
            e2020.RecipeHash.ShouldBe(run.RecipeHash);
            e2020.SnapshotId.ShouldBe(run.SnapshotId);
            var expected = run.Scores.Where(s => s.Year == 2020).ToList();
            e2020.Rows.Count.ShouldBe(expected.Count);
            e2020.Rows.Select(r => (r.Country.Value, r.Node, r.Score, r.Rank, r.Band))
                .ShouldBe(expected.Select(s => (s.Iso3, s.Node, s.Score, s.Rank, s.Band)));

            clock.Advance(TimeSpan.FromHours(1));
            var again = await EditionPublisher.PublishAsync(store, run, GpsiRun.Inputs.Load.Observations, clock);
            again.ShouldAllBe(o => !o.Published);
            (await store.ListEditionsAsync()).Count.ShouldBe(11);

            // A changed recipe (the counter-terrorism dimension weighted 2) is a new edition of every year.
            var heavier = run with
            {
                Recipe = run.Recipe with
                {
                    Nodes = [.. run.Recipe.Nodes.Select(n => n.Code == "terror" ? n with { Weight = 2 } : n)],
                },
                RecipeHash = Core.Recipes.RecipeHash.Compute(run.Recipe with
                {
                    Nodes = [.. run.Recipe.Nodes.Select(n => n.Code == "terror" ? n with { Weight = 2 } : n)],
                }),
            };
            var revised = await EditionPublisher.PublishAsync(store, heavier, GpsiRun.Inputs.Load.Observations, clock);
            revised.Select(o => o.EditionId).ShouldBe(run.Years.Select(y => $"{y}-r2"));
            (await store.CurrentEditionAsync(2020)).ShouldNotBeNull().Id.ShouldBe("2020-r2");
            (await store.GetEditionAsync("2020")).ShouldNotBeNull().RecipeHash.ShouldBe(run.RecipeHash);
        }
    }
}
