using System.Data.Common;
using Gpsi.Data.Store;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static Gpsi.Data.Tests.Store.StoreSamples;

namespace Gpsi.Data.Tests.Store;

/// <summary>The store contract on SQLite (a temporary file per test), plus what only SQLite has.</summary>
public sealed class SqliteStoreTests(ITestOutputHelper output) : StoreContract(output)
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gpsi-store-" + Guid.NewGuid().ToString("N"));

    protected override Task<string> NewLocationAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult(Path.Combine(_folder, Guid.NewGuid().ToString("N")[..8] + ".db"));
    }

    protected override async Task ExecuteRawAsync(string connection, string sql)
    {
        await using var raw = await OpenRawAsync(connection);
        await using var command = raw.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var raw = await OpenRawAsync(connection);
        await using var command = raw.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task OpenReadOnlyAsync_MissingFile_FailsWithoutCreatingIt()
    {
        var missing = Path.Combine(_folder, "missing.db");

        await Should.ThrowAsync<SqliteException>(() => GpsiStore.OpenReadOnlyAsync(missing, TimeProvider.System));

        File.Exists(missing).ShouldBeFalse();
    }

    [Fact]
    public async Task OpenAsync_File_IsInWalModeWithForeignKeys()
    {
        await using var raw = await OpenRawAsync(Connection);
        await using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        (await command.ExecuteScalarAsync()).ShouldBe("wal");
        await Should.ThrowAsync<SqliteException>(() => ExecuteRawAsync(Connection,
            "PRAGMA foreign_keys = ON; INSERT INTO current_snapshot (singleton, snapshot_id) VALUES (1, 'none')"));
    }

    [Fact]
    public async Task RawSql_InsertOrReplaceOverHistory_IsRefused()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        string[] statements =
        [
            $"INSERT OR REPLACE INTO editions (id, year, recipe_hash, snapshot_id, published_at, row_count) "
            + $"VALUES ('2020', 2020, '{recipe}', '{snapshot}', '2030-01-01T00:00:00.000000Z', 0)",
            "REPLACE INTO edition_rows (edition_id, seq, country, node, score, rank, band) "
            + "VALUES ('2020', 0, 'FIN', 'Index', 0, 1, 'Z')",
            "INSERT OR REPLACE INTO recipes (hash, name, canonical_json) "
            + $"SELECT hash, 'renamed', canonical_json FROM recipes",
            "INSERT OR REPLACE INTO snapshots (id, label, loaded_at, observation_count) "
            + $"VALUES ('{snapshot}', 'x', '2030-01-01T00:00:00.000000Z', 0)",
            "UPDATE OR REPLACE edition_rows SET score = 1",
        ];

        foreach (var sql in statements)
        {
            (await Should.ThrowAsync<SqliteException>(() => ExecuteRawAsync(Connection, sql), sql)).Message
                .ShouldContain("immutable", Case.Insensitive, sql);
        }

        ShouldMatch(await Store.CurrentEditionAsync(2020), previous);
    }

    /// <summary>
    /// The files as a killed process leaves them: copied while a big publish is uncommitted (its pages already
    /// spilled into the WAL). Opening the copy recovers to the last commit.
    /// </summary>
    [Fact]
    public async Task PublishEditionAsync_FilesCopiedMidPublish_RecoverToThePreviousEdition()
    {
        var (recipe, snapshot, previous) = await PublishPreviousAsync();
        var next = Edition("2020-r1", 2020, recipe, snapshot, countries: 17_000);
        var copy = Path.Combine(_folder, "killed.db");
        var walBefore = new FileInfo(Connection + "-wal").Length;
        var rows = new InterruptingList<Core.Editions.EditionRow>(next.Rows, 50_000, () =>
        {
            var wal = new FileInfo(Connection + "-wal");
            Output.WriteLine($"WAL at the kill: {wal.Length} bytes (before the publish: {walBefore})");
            wal.Length.ShouldBeGreaterThan(walBefore, "uncommitted rows should have spilled into the WAL");
            File.Copy(Connection, copy);
            File.Copy(Connection + "-wal", copy + "-wal");
            throw new OperationCanceledException("killed");
        });

        await Should.ThrowAsync<OperationCanceledException>(() => Store.PublishEditionAsync(next with { Rows = rows }));

        await using var recovered = await GpsiStore.OpenAsync(copy, Clock);
        ShouldMatch(await recovered.CurrentEditionAsync(2020), previous);
        (await recovered.GetEditionAsync("2020-r1")).ShouldBeNull();
        (await ScalarAsync(copy, "SELECT count(*) FROM edition_rows")).ShouldBe(previous.Rows.Count);
    }

    private static async Task<DbConnection> OpenRawAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }
            .ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
