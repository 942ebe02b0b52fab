using System.Data.Common;
using System.Diagnostics;
using Gpsi.Core.Editions;
using Gpsi.Core.Observations;
using Gpsi.Core.Recipes;
using Gpsi.Data.Sources;
using Gpsi.Data.Store;
using Xunit.Abstractions;
using static Gpsi.Data.Tests.Store.StoreSamples;

namespace Gpsi.Data.Tests.Store;

/// <summary>
/// The store contract: every fact runs against each back end (<see cref="SqliteStoreTests"/>,
/// <see cref="PostgresStoreTests"/>). Each test gets an empty, migrated store; raw SQL goes through
/// <see cref="ExecuteRawAsync"/> to prove the database itself refuses to change history.
/// </summary>
public abstract class StoreContract(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero)
        .AddTicks(1234567);

    private protected FixedClock Clock { get; } = new(Start);

    protected IGpsiStore Store { get; private set; } = null!;

    /// <summary>The connection text of this test's store.</summary>
    protected string Connection { get; private set; } = string.Empty;

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>A connection text naming a new, empty database (or schema) for this back end.</summary>
    protected abstract Task<string> NewLocationAsync();

    /// <summary>Runs <paramref name="sql"/> on <paramref name="connection"/> outside the store.</summary>
    protected abstract Task ExecuteRawAsync(string connection, string sql);

    /// <summary>The first column of the first row of <paramref name="sql"/>, as a long.</summary>
    protected abstract Task<long> ScalarAsync(string connection, string sql);

    public async Task InitializeAsync()
    {
        Connection = await NewLocationAsync();
        Store = await GpsiStore.OpenAsync(Connection, Clock);
    }

    public virtual async Task DisposeAsync() => await Store.DisposeAsync();

    // ---- migrations -------------------------------------------------------------------------------------------

    [StoreFact]
    public async Task MigrateAsync_Twice_IsNoOp()
    {
        Clock.Advance(TimeSpan.FromHours(1));
        (await Store.MigrateAsync()).ShouldBe(0);
        (await Store.MigrateAsync()).ShouldBe(0);
        (await ScalarAsync(Connection, "SELECT count(*) FROM schema_migrations")).ShouldBe(2);
        await using var reopened = await GpsiStore.OpenAsync(Connection, Clock);
        (await ScalarAsync(Connection, "SELECT count(*) FROM schema_migrations")).ShouldBe(2);
    }

    [StoreFact]
    public async Task SchemaVersionAsync_AfterOpen_IsTheLatestMigration()
    {
        (await Store.SchemaVersionAsync()).ShouldBe(2);
        (await ScalarAsync(Connection, "SELECT max(version) FROM schema_migrations")).ShouldBe(2);
    }

    [StoreFact]
    public async Task SchemaVersionAsync_EmptyDatabase_IsZero()
    {
        var empty = await NewLocationAsync();
        // Not through GpsiStore.OpenAsync, which migrates: a bare back end over the empty location.
        var address = StoreAddress.Parse(empty);
        await using IGpsiStore store = address.Backend == StoreBackend.Sqlite
            ? new SqliteGpsiStore(address.ConnectionString, Clock)
            : new PostgresGpsiStore(address.ConnectionString, Clock);
        (await store.SchemaVersionAsync()).ShouldBe(0);
        (await store.MigrateAsync()).ShouldBe(2);
        (await store.SchemaVersionAsync()).ShouldBe(2);
    }

    [StoreFact]
    public async Task MigrateAsync_EditedMigration_ThrowsNamingIt()
    {
        await ExecuteRawAsync(Connection, "UPDATE schema_migrations SET checksum = 'sha256:0000' WHERE version = 1");

        var e = await Should.ThrowAsync<MigrationException>(() => Store.MigrateAsync());
        e.Message.ShouldContain("migration 0001 (initial) was edited after it was applied");
        e.Message.ShouldContain("sha256:0000");
        await Should.ThrowAsync<MigrationException>(() => GpsiStore.OpenAsync(Connection, Clock));
    }

    [StoreFact]
    public async Task MigrateAsync_DatabaseNewerThanProgram_Throws()
    {
        await ExecuteRawAsync(Connection, "INSERT INTO schema_migrations (version, name, checksum, applied_at) "
            + "VALUES (9999, 'future', 'sha256:1', '2030-01-01T00:00:00.000000Z')");

        var e = await Should.ThrowAsync<MigrationException>(() => Store.MigrateAsync());
        e.Message.ShouldContain("newer than this program");
        e.Message.ShouldContain("9999");
    }

    [StoreFact]
    public async Task OpenAsync_ConcurrentlyOnAnEmptyDatabase_MigratesOnce()
    {
        var empty = await NewLocationAsync();
        var stores = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => GpsiStore.OpenAsync(empty, Clock))));
        foreach (var store in stores)
        {
            (await store.SchemaVersionAsync()).ShouldBe(2);
            await store.DisposeAsync();
        }

        (await ScalarAsync(empty, "SELECT count(*) FROM schema_migrations")).ShouldBe(2);
    }

    // ---- snapshots --------------------------------------------------------------------------------------------

    [StoreFact]
    public async Task LoadSnapshotAsync_VariedObservations_RoundTripWithFullProvenanceAndExactDoubles()
    {
        var observations = Varied();

        var snapshot = await Store.LoadSnapshotAsync("sha256:aa", "varied", observations);

        snapshot.ShouldBe(new DataSnapshot("sha256:aa", "varied",
            new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero).AddTicks(1234560), observations.Count));
        ShouldMatch(await Store.ReadObservationsAsync("sha256:aa", ObservationQuery.All), observations);
        (await Store.GetSnapshotAsync("sha256:aa")).ShouldBe(snapshot);
    }

    [StoreFact]
    public async Task LoadSnapshotAsync_RandomBitPatterns_ReadBackBitIdentical()
    {
        var random = new Random(20261122);
        var provenance = new Provenance("bits", "bits.csv", 1, "v", "u", []);
        var observations = new List<Observation>();
        while (observations.Count < 5000)
        {
            var value = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
            if (double.IsFinite(value) && !(value == 0 && double.IsNegative(value)))
            {
                observations.Add(new Observation(Fin, "bits", 2000, value, provenance));
            }
        }

        await Store.LoadSnapshotAsync("sha256:bits", "bits", observations);

        ShouldMatch(await Store.ReadObservationsAsync("sha256:bits", ObservationQuery.All), observations);
    }

    [StoreFact]
    public async Task ReadObservationsAsync_Filters_CombineWithAnd()
    {
        await Store.LoadSnapshotAsync("sha256:f", "filters", Varied());

        async Task<List<string>> Keys(ObservationQuery query) =>
            (await Store.ReadObservationsAsync(null, query))
            .Select(o => $"{o.Country} {o.Indicator} {o.Year}").ToList();

        (await Keys(new ObservationQuery(Indicators: ["homicide_rate"])))
            .ShouldBe(["FIN homicide_rate 2019", "NOR homicide_rate 2019", "SWE homicide_rate 2020"]);
        (await Keys(new ObservationQuery(Countries: [Fin])))
            .ShouldBe(["FIN homicide_rate 2019", "FIN conflict_deaths 2020"]);
        (await Keys(new ObservationQuery(FromYear: 2018, ToYear: 2019))).ShouldBe(
            ["FIN homicide_rate 2019", "NOR homicide_rate 2019", "NOR trust_police 2018"]);
        (await Keys(new ObservationQuery(Indicators: ["homicide_rate", "trust_police"], Countries: [Nor, Swe],
            FromYear: 2019))).ShouldBe(["NOR homicide_rate 2019", "SWE homicide_rate 2020"]);
        (await Keys(new ObservationQuery(Indicators: ["exact"], FromYear: 2010))).ShouldBe(
            ["SWE exact 2010", "SWE exact 2011"]);
        (await Keys(new ObservationQuery(FromYear: 2020, ToYear: 2019))).ShouldBeEmpty();
        (await Keys(new ObservationQuery(Indicators: ["nope"]))).ShouldBeEmpty();
        (await Store.ReadObservationsAsync("sha256:unknown", ObservationQuery.All)).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task CurrentSnapshotAsync_FollowsTheLastLoad_AndAReloadIsANoOp()
    {
        (await Store.CurrentSnapshotAsync()).ShouldBeNull();
        (await Store.ReadObservationsAsync(null, ObservationQuery.All)).ShouldBeEmpty();

        var first = await Store.LoadSnapshotAsync("sha256:1", "first", Varied());
        Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Store.LoadSnapshotAsync("sha256:2", "second", Many(10));
        (await Store.CurrentSnapshotAsync()).ShouldBe(second);
        (await Store.ReadObservationsAsync(null, ObservationQuery.All)).Count.ShouldBe(10);

        Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await Store.LoadSnapshotAsync("sha256:1", "relabelled", Many(3));

        again.ShouldBe(first);
        (await Store.CurrentSnapshotAsync()).ShouldBe(first);
        (await Store.ReadObservationsAsync(null, ObservationQuery.All)).Count.ShouldBe(Varied().Count);
        (await Store.ListSnapshotsAsync()).ShouldBe([first, second]);
    }

    [StoreFact]
    public async Task LoadSnapshotAsync_ReportsProgress()
    {
        var reports = new List<int>();

        await Store.LoadSnapshotAsync("sha256:p", "progress", Many(25_000), new ListProgress(reports));

        reports.ShouldBe([10_000, 20_000, 25_000]);
    }

    [StoreFact]
    public async Task LoadSnapshotAsync_NonFiniteValueInTheMiddle_WritesNothing()
    {
        var before = await Store.LoadSnapshotAsync("sha256:ok", "ok", Varied());
        var observations = Many(3000).ToList();
        observations[1500] = observations[1500] with { Value = double.NaN };

        var e = await Should.ThrowAsync<ArgumentException>(
            () => Store.LoadSnapshotAsync("sha256:bad", "bad", observations));

        e.Message.ShouldContain("observation 1500");
        await ShouldHaveNoSnapshot("sha256:bad", before);
    }

    [StoreFact]
    public async Task LoadSnapshotAsync_CancelledInTheMiddle_WritesNothing()
    {
        var before = await Store.LoadSnapshotAsync("sha256:ok", "ok", Varied());
        using var cancel = new CancellationTokenSource();
        var observations = new InterruptingList<Observation>(Many(3000), 1500, cancel.Cancel);

        await Should.ThrowAsync<OperationCanceledException>(
            () => Store.LoadSnapshotAsync("sha256:cancelled", "c", observations, null, cancel.Token));

        await ShouldHaveNoSnapshot("sha256:cancelled", before);
    }

    [StoreFact]
    public async Task LoadSnapshotAsync_200kObservations_IsFastAndComplete()
    {
        var observations = Many(200_000);
        var watch = Stopwatch.StartNew();

        var snapshot = await Store.LoadSnapshotAsync("sha256:big", "big", observations);

        watch.Stop();
        Output.WriteLine($"{GetType().Name}: loaded 200,000 observations in {watch.ElapsedMilliseconds} ms");
        snapshot.ObservationCount.ShouldBe(200_000);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(90), "a commit per row would take many minutes");
        var read = await Store.ReadObservationsAsync(null, new ObservationQuery(Indicators: ["ind7"],
            Countries: [Code(5)]));
        read.Count.ShouldBe(observations.Count(o => o.Indicator == "ind7" && o.Country == Code(5)));
        ShouldMatch(read, [.. observations.Where(o => o.Indicator == "ind7" && o.Country == Code(5))]);
    }

    // ---- sources and recipes ----------------------------------------------------------------------------------

    [StoreFact]
    public async Task UpsertSourcesAsync_InsertThenReplace_ListsTheLatest()
    {
        var series = new SeriesEntry("homicide_rate", "Homicide rate", "per 100k", ValueKind.Rate, 0, 200, 1,
            new SortedDictionary<string, string> { ["sex"] = "both" }, "1990-2021");
        var source = new SourceEntry("unodc-homicide-owid", "Homicide rate", "UNODC (via OWID)",
            "https://example.org/h", "CC BY 4.0", "unodc/homicide-rate.csv", "owid", "2024-05-01", [series],
            "counts below 10 are suppressed", new SortedDictionary<string, string> { ["code-column"] = "Code" });
        var other = source with { Id = "ucdp-ged", Series = [], Options = new SortedDictionary<string, string>() };

        await Store.UpsertSourcesAsync([source, other]);
        await Store.UpsertSourcesAsync([source with { Title = "Intentional homicides", Series = [series, series] }]);

        var listed = await Store.ListSourcesAsync();
        listed.Select(s => (s.Id, s.Title, s.Series.Count)).ShouldBe(
            [("ucdp-ged", "Homicide rate", 0), ("unodc-homicide-owid", "Intentional homicides", 2)]);
        var read = listed[1];
        (read.Publisher, read.Url, read.Licence, read.File, read.Format, read.Vintage, read.Notes).ShouldBe(
            (source.Publisher, source.Url, source.Licence, source.File, source.Format, source.Vintage, source.Notes));
        read.Options.ShouldBe(source.Options);
        (read.Series[0] with { Filter = series.Filter }).ShouldBe(series);
        read.Series[0].Filter.ShouldBe(series.Filter);
    }

    [StoreFact]
    public async Task SaveRecipeAsync_StoresTheCanonicalFormUnderItsHash_Idempotently()
    {
        var recipe = Recipe();

        var hash = await Store.SaveRecipeAsync(recipe);
        (await Store.SaveRecipeAsync(recipe)).ShouldBe(hash);

        hash.ShouldBe(RecipeHash.Compute(recipe));
        (await Store.GetRecipeAsync(hash)).ShouldBe(new StoredRecipe(hash, "asem", RecipeCanonicalForm.ToJson(recipe)));
        (await Store.GetRecipeAsync("sha256:none")).ShouldBeNull();
        (await ScalarAsync(Connection, "SELECT count(*) FROM recipes")).ShouldBe(1);
    }

    // ---- editions ---------------------------------------------------------------------------------------------

    [StoreFact]
    public async Task PublishEditionAsync_RoundTrips_AndBecomesCurrentForItsYear()
    {
        var (recipe, snapshot) = await PrepareAsync();
        var edition = Edition("2020", 2020, recipe, snapshot);

        await Store.PublishEditionAsync(edition);

        ShouldMatch(await Store.GetEditionAsync("2020"), edition);
        ShouldMatch(await Store.CurrentEditionAsync(2020), edition);
        (await Store.CurrentEditionAsync(2019)).ShouldBeNull();
        (await Store.GetEditionAsync("2021")).ShouldBeNull();
        (await Store.ListEditionsAsync()).ShouldBe(
            [new EditionSummary("2020", 2020, recipe, snapshot, Normalised(edition.PublishedAt), 9, true)]);
    }

    [StoreFact]
    public async Task PublishEditionAsync_ASecondEditionOfTheYear_BecomesCurrent_TheFirstStaysIntact()
    {
        var (recipe, snapshot) = await PrepareAsync();
        var first = Edition("2020", 2020, recipe, snapshot);
        var other = Edition("2019", 2019, recipe, snapshot);
        var revised = Edition("2020-r1", 2020, recipe, snapshot, offset: 1) with
        {
            PublishedAt = first.PublishedAt.AddDays(30),
        };

        await Store.PublishEditionAsync(first);
        await Store.PublishEditionAsync(other);
        await Store.PublishEditionAsync(revised);

        ShouldMatch(await Store.CurrentEditionAsync(2020), revised);
        ShouldMatch(await Store.CurrentEditionAsync(2019), other);
        ShouldMatch(await Store.GetEditionAsync("2020"), first);
        (await Store.ListEditionsAsync()).Select(e => (e.Id, e.IsCurrent))
            .ShouldBe([("2019", true), ("2020", false), ("2020-r1", true)]);
    }

    [StoreFact]
    public async Task PublishEditionAsync_ExistingId_ThrowsAndLeavesTheFirstUnchanged()
    {
        var (recipe, snapshot) = await PrepareAsync();
        var first = Edition("2020", 2020, recipe, snapshot);
        await Store.PublishEditionAsync(first);

        var e = await Should.ThrowAsync<EditionAlreadyExistsException>(
            () => Store.PublishEditionAsync(Edition("2020", 2021, recipe, snapshot, countries: 2, offset: 5)));

        e.EditionId.ShouldBe("2020");
        ShouldMatch(await Store.GetEditionAsync("2020"), first);
        ShouldMatch(await Store.CurrentEditionAsync(2020), first);
        (await Store.CurrentEditionAsync(2021)).ShouldBeNull();
        (await ScalarAsync(Connection, "SELECT count(*) FROM edition_rows")).ShouldBe(9);
    }

    [StoreFact]
    public async Task PublishEditionAsync_UnsavedRecipeOrUnloadedSnapshot_Throws()
    {
        var (recipe, snapshot) = await PrepareAsync();

        (await Should.ThrowAsync<InvalidOperationException>(
            () => Store.PublishEditionAsync(Edition("x", 2020, "sha256:nope", snapshot)))).Message
            .ShouldContain("not saved");
        (await Should.ThrowAsync<InvalidOperationException>(
            () => Store.PublishEditionAsync(Edition("x", 2020, recipe, "sha256:nope")))).Message
            .ShouldContain("not loaded");
        (await Store.ListEditionsAsync()).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task PublishEditionAsync_ConstraintViolatedHalfWay_LeavesThePreviousEditionCurrent()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        var rows = Edition("2020-r1", 2020, recipe, snapshot, countries: 1000).Rows.ToList();
        rows[1500] = rows[10]; // a duplicate (country, node): the primary key rejects it mid-transaction

        await Should.ThrowAsync<DbException>(
            () => Store.PublishEditionAsync(Edition("2020-r1", 2020, recipe, snapshot) with { Rows = rows }));

        await ShouldServe(previous, notPublished: "2020-r1");
    }

    [StoreFact]
    public async Task PublishEditionAsync_InvalidRowHalfWay_LeavesThePreviousEditionCurrent()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        var rows = Edition("2020-r1", 2020, recipe, snapshot, countries: 1000).Rows.ToList();
        rows[1500] = rows[1500] with { Score = double.NaN };

        (await Should.ThrowAsync<ArgumentException>(
            () => Store.PublishEditionAsync(Edition("2020-r1", 2020, recipe, snapshot) with { Rows = rows })))
            .Message.ShouldContain("edition row 1500");

        await ShouldServe(previous, notPublished: "2020-r1");
    }

    [StoreFact]
    public async Task PublishEditionAsync_RankIntervalOutOfOrder_ThrowsNamingTheRow_AndLeavesThePreviousEditionCurrent()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        var rows = Edition("2020-r1", 2020, recipe, snapshot).Rows.ToList();
        rows[3] = rows[3] with { Interval = new RankInterval(5, 4, 6) };

        (await Should.ThrowAsync<ArgumentException>(
            () => Store.PublishEditionAsync(Edition("2020-r1", 2020, recipe, snapshot) with { Rows = rows })))
            .Message.ShouldContain("edition row 3");

        await ShouldServe(previous, notPublished: "2020-r1");
    }

    [StoreFact]
    public async Task PublishEditionAsync_CancelledHalfWay_LeavesThePreviousEditionCurrent()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        using var cancel = new CancellationTokenSource();
        var next = Edition("2020-r1", 2020, recipe, snapshot, countries: 1000);
        var rows = new InterruptingList<EditionRow>(next.Rows, 1500, cancel.Cancel);

        await Should.ThrowAsync<OperationCanceledException>(
            () => Store.PublishEditionAsync(next with { Rows = rows }, cancel.Token));

        await ShouldServe(previous, notPublished: "2020-r1");
    }

    [StoreFact]
    public async Task PublishEditionAsync_CallerFailsHalfWay_LeavesThePreviousEditionCurrent()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        var next = Edition("2020-r1", 2020, recipe, snapshot, countries: 1000);
        var rows = new InterruptingList<EditionRow>(next.Rows, 1500,
            () => throw new InvalidDataException("the build crashed"));

        await Should.ThrowAsync<InvalidDataException>(() => Store.PublishEditionAsync(next with { Rows = rows }));

        await ShouldServe(previous, notPublished: "2020-r1");
        await Store.PublishEditionAsync(next);
        ShouldMatch(await Store.CurrentEditionAsync(2020), next);
    }

    [StoreFact]
    public async Task PublishEditionAsync_ReadersDuringThePublish_SeeThePreviousEditionUntilCommit()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        var next = Edition("2020-r1", 2020, recipe, snapshot, countries: 1000);
        using var reached = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var rows = new InterruptingList<EditionRow>(next.Rows, 2000, () =>
        {
            reached.Set();
            release.Wait(TimeSpan.FromSeconds(60)).ShouldBeTrue();
        });

        var publishing = Task.Run(() => Store.PublishEditionAsync(next with { Rows = rows }));
        try
        {
            reached.Wait(TimeSpan.FromSeconds(60)).ShouldBeTrue("the publish never reached row 2000");
            await ShouldServe(previous, notPublished: "2020-r1");
        }
        finally
        {
            release.Set();
        }

        await publishing;
        ShouldMatch(await Store.CurrentEditionAsync(2020), next);
        ShouldMatch(await Store.GetEditionAsync(previous.Id), previous);
    }

    [StoreFact]
    public async Task Store_Reopened_ServesWhatWasCommitted()
    {
        var (_, _, previous) = await PublishPreviousAsync();
        await Store.DisposeAsync();

        Store = await GpsiStore.OpenAsync(Connection, Clock);

        ShouldMatch(await Store.CurrentEditionAsync(2020), previous);
        (await Store.CurrentSnapshotAsync())!.Id.ShouldBe("sha256:data");
    }

    [StoreFact]
    public async Task OpenReadOnlyAsync_PublishedStore_ReadsButEveryWriteFails()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();

        await using var readOnly = await GpsiStore.OpenReadOnlyAsync(Connection, Clock);

        ShouldMatch(await readOnly.CurrentEditionAsync(2020), previous);
        (await readOnly.ListEditionsAsync()).Select(e => e.Id).ShouldBe([previous.Id]);
        await Should.ThrowAsync<DbException>(
            () => readOnly.PublishEditionAsync(Edition("2020-r1", 2020, recipe, snapshot)));
        await Should.ThrowAsync<DbException>(() => readOnly.SaveRecipeAsync(Recipe("other")));
        await ShouldServe(previous, notPublished: "2020-r1");
    }

    [StoreFact]
    public async Task OpenReadOnlyAsync_SchemaOlderThanTheProgram_RefusedWithWhatToRun()
    {
        await PublishPreviousAsync();
        await ExecuteRawAsync(Connection, "DELETE FROM schema_migrations WHERE version = 2");

        var refused = await Should.ThrowAsync<MigrationException>(() => GpsiStore.OpenReadOnlyAsync(Connection, Clock));

        refused.Message.ShouldContain("schema version 0001");
        refused.Message.ShouldContain("needs 0002");
        refused.Message.ShouldContain("run gpsi build first");
        (await ScalarAsync(Connection, "SELECT count(*) FROM schema_migrations")).ShouldBe(1);
    }

    [StoreFact]
    public async Task OpenReadOnlyAsync_EditedMigration_Refused()
    {
        await ExecuteRawAsync(Connection, "UPDATE schema_migrations SET checksum = 'sha256:0000' WHERE version = 1");

        (await Should.ThrowAsync<MigrationException>(() => GpsiStore.OpenReadOnlyAsync(Connection, Clock)))
            .Message.ShouldContain("edited after it was applied");
    }

    // ---- immutability enforced by the database ----------------------------------------------------------------

    [StoreFact]
    public async Task RawSql_UpdateOrDeleteOfHistory_IsRefusedByTheDatabase()
    {
        var (_, _, previous) = await PublishPreviousAsync();
        string[] statements =
        [
            "UPDATE edition_rows SET score = 0",
            "UPDATE edition_rows SET rank = 99 WHERE country = 'FIN'",
            "DELETE FROM edition_rows",
            "DELETE FROM edition_rows WHERE country = 'NOR'",
            "UPDATE editions SET year = 1999",
            "DELETE FROM editions",
            "UPDATE observations SET value = value + 1",
            "DELETE FROM observations WHERE country = 'FIN'",
            "UPDATE snapshots SET label = 'x'",
            "DELETE FROM snapshots",
            "UPDATE recipes SET name = 'x'",
            "DELETE FROM recipes",
            "INSERT INTO edition_rows (edition_id, seq, country, node, score, rank, band) "
            + "VALUES ('2020', 100, 'DNK', 'Index', 1, 1, 'A')",
            "INSERT INTO observations (snapshot_id, seq, country, indicator, year, value, source_id, file, line, "
            + "vintage, unit, transformations, flags) VALUES ('sha256:data', 999, 'DNK', 'homicide_rate', 2020, 1, "
            + "'s', 'f', 1, 'v', 'u', '[]', 0)",
        ];

        foreach (var sql in statements)
        {
            var e = await Should.ThrowAsync<DbException>(() => ExecuteRawAsync(Connection, sql), sql);
            e.Message.ShouldContain("immutable", Case.Insensitive, sql);
        }

        ShouldMatch(await Store.GetEditionAsync("2020"), previous);
        ShouldMatch(await Store.ReadObservationsAsync(null, ObservationQuery.All), Varied());
        (await Store.GetRecipeAsync(previous.RecipeHash))!.Name.ShouldBe("asem");
    }

    [StoreFact]
    public async Task RawSql_ThePointersStayMutable()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        await Store.PublishEditionAsync(Edition("2020-r1", 2020, recipe, snapshot));

        await ExecuteRawAsync(Connection, "UPDATE current_editions SET edition_id = '2020' WHERE year = 2020");

        ShouldMatch(await Store.CurrentEditionAsync(2020), previous);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private protected async Task<(string Recipe, string Snapshot)> PrepareAsync()
    {
        var recipe = await Store.SaveRecipeAsync(Recipe());
        var snapshot = await Store.LoadSnapshotAsync("sha256:data", "data", Varied());
        return (recipe, snapshot.Id);
    }

    private protected async Task<(string Recipe, string Snapshot, Edition Previous)> PublishPreviousAsync()
    {
        var (recipe, snapshot) = await PrepareAsync();
        var previous = Edition("2020", 2020, recipe, snapshot);
        await Store.PublishEditionAsync(previous);
        return (recipe, snapshot, previous);
    }

    /// <summary>The previous edition is current and whole, and nothing of <paramref name="notPublished"/> exists,
    /// read through the store and through raw SQL.</summary>
    private protected async Task ShouldServe(Edition previous, string notPublished)
    {
        ShouldMatch(await Store.CurrentEditionAsync(previous.Year), previous);
        (await Store.GetEditionAsync(notPublished)).ShouldBeNull();
        (await Store.ListEditionsAsync()).Select(e => e.Id).ShouldNotContain(notPublished);
        (await ScalarAsync(Connection, $"SELECT count(*) FROM edition_rows WHERE edition_id = '{notPublished}'"))
            .ShouldBe(0);
        (await ScalarAsync(Connection, $"SELECT count(*) FROM edition_rows WHERE edition_id = '{previous.Id}'"))
            .ShouldBe(previous.Rows.Count);
    }

    private async Task ShouldHaveNoSnapshot(string id, DataSnapshot current)
    {
        (await Store.GetSnapshotAsync(id)).ShouldBeNull();
        (await Store.CurrentSnapshotAsync()).ShouldBe(current);
        (await Store.ReadObservationsAsync(id, ObservationQuery.All)).ShouldBeEmpty();
        (await ScalarAsync(Connection, $"SELECT count(*) FROM observations WHERE snapshot_id = '{id}'")).ShouldBe(0);
    }

    private protected static DateTimeOffset Normalised(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    private protected static void ShouldMatch(Edition? actual, Edition expected)
    {
        actual.ShouldNotBeNull();
        (actual with { Rows = [] }).ShouldBe(expected with { Rows = [], PublishedAt = Normalised(expected.PublishedAt) });
        actual.Rows.Count.ShouldBe(expected.Rows.Count);
        for (var i = 0; i < expected.Rows.Count; i++)
        {
            var (a, e) = (actual.Rows[i], expected.Rows[i]);
            (a with { Score = null }).ShouldBe(e with { Score = null }, $"row {i}");
            Bits(a.Score).ShouldBe(Bits(e.Score), $"row {i} score {e.Score:R}");
        }
    }

    private protected static void ShouldMatch(IReadOnlyList<Observation> actual, IReadOnlyList<Observation> expected)
    {
        actual.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (a, e) = (actual[i], expected[i]);
            (a.Country, a.Indicator, a.Year).ShouldBe((e.Country, e.Indicator, e.Year), $"observation {i}");
            Bits(a.Value).ShouldBe(Bits(e.Value), $"observation {i} value {e.Value:R}");
            var (ap, ep) = (a.Provenance, e.Provenance);
            (ap.SourceId, ap.File, ap.Line, ap.Vintage, ap.Unit, ap.Flags)
                .ShouldBe((ep.SourceId, ep.File, ep.Line, ep.Vintage, ep.Unit, ep.Flags), $"observation {i}");
            ap.Transformations.ShouldBe(ep.Transformations, $"observation {i}");
        }
    }

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    private sealed class ListProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
