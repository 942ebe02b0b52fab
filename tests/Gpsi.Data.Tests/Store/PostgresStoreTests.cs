using Gpsi.Data.Store;
using Npgsql;
using Xunit.Abstractions;
using static Gpsi.Data.Tests.Store.StoreSamples;

namespace Gpsi.Data.Tests.Store;

/// <summary>
/// The store contract on PostgreSQL: a fresh database per class (<see cref="PostgresDatabase"/>), a fresh schema per
/// test; plus what only PostgreSQL has. Needs <c>GPSI_TEST_POSTGRES</c> (see <see cref="PostgresServer"/>).
/// </summary>
public sealed class PostgresStoreTests(PostgresDatabase database, ITestOutputHelper output)
    : StoreContract(output), IClassFixture<PostgresDatabase>
{
    protected override Task<string> NewLocationAsync() => database.NewSchemaAsync();

    protected override async Task ExecuteRawAsync(string connection, string sql)
    {
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();
        await using var command = new NpgsqlCommand(sql, raw);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();
        await using var command = new NpgsqlCommand(sql, raw);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [PostgresFact]
    public async Task RawSql_TruncateAndUpsertOverHistory_AreRefused()
    {
        var (_, _, previous) = await PublishPreviousAsync();
        string[] statements =
        [
            "TRUNCATE edition_rows",
            "TRUNCATE observations",
            "TRUNCATE editions CASCADE",
            "INSERT INTO recipes (hash, name, canonical_json) SELECT hash, 'x', '{}' FROM recipes "
            + "ON CONFLICT (hash) DO UPDATE SET name = excluded.name",
        ];

        foreach (var sql in statements)
        {
            (await Should.ThrowAsync<PostgresException>(() => ExecuteRawAsync(Connection, sql), sql)).Message
                .ShouldContain("immutable", Case.Insensitive, sql);
        }

        ShouldMatch(await Store.CurrentEditionAsync(2020), previous);
    }

    /// <summary>
    /// A publisher whose connection dies mid-publish (as when its process is killed): the server aborts the
    /// transaction, and the previous edition stays current.
    /// </summary>
    [PostgresFact]
    public async Task PublishEditionAsync_ConnectionKilledMidPublish_LeavesThePreviousEditionCurrent()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        var tagged = new NpgsqlConnectionStringBuilder(Connection) { ApplicationName = "gpsi-killed" }.ConnectionString;
        var next = Edition("2020-r1", 2020, recipe, snapshot, countries: 1000);
        var rows = new InterruptingList<Core.Editions.EditionRow>(next.Rows, 2000, () =>
            ExecuteRawAsync(Connection, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE application_name = 'gpsi-killed'").GetAwaiter().GetResult());

        await using (var victim = await GpsiStore.OpenAsync(tagged, Clock))
        {
            await Should.ThrowAsync<NpgsqlException>(() => victim.PublishEditionAsync(next with { Rows = rows }));
        }

        await ShouldServe(previous, notPublished: "2020-r1");
    }

    [PostgresFact]
    public async Task OpenAsync_PostgresUrl_OpensTheSameDatabase()
    {
        var (_, _, previous) = await PublishPreviousAsync();
        var b = new NpgsqlConnectionStringBuilder(Connection);
        var url = $"postgresql://{Uri.EscapeDataString(b.Username!)}@{b.Host}:{b.Port}/{b.Database}"
            + $"?search_path={b.SearchPath}";

        await using var store = await GpsiStore.OpenAsync(url, Clock);

        store.Backend.ShouldBe(StoreBackend.Postgres);
        ShouldMatch(await store.CurrentEditionAsync(2020), previous);
    }
}
