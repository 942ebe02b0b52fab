using Gpsi.Api.Serving;
using Gpsi.Core.Diagnostics;
using Gpsi.Data;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;
using Gpsi.Data.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace Gpsi.Api.Tests;

/// <summary>
/// The real GPSI published to PostgreSQL (a throwaway database on <c>GPSI_TEST_POSTGRES</c>) exactly as the fixture
/// publishes it to SQLite, then served from a read-only PostgreSQL store: the answers are byte-identical.
/// </summary>
[Collection(ServedGpsi.Name)]
public sealed class PostgresServedTests(ApiFixture fixture)
{
    [PostgresFact]
    public async Task Serve_PostgresStore_AnswersByteIdenticalToSqlite()
    {
        var server = PostgresFactAttribute.RequireServer();
        var database = "gpsi_api_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            await PublishAsync(connection);

            await using var store = await GpsiStore.OpenReadOnlyAsync(connection, TimeProvider.System);
            store.Backend.ShouldBe(StoreBackend.Postgres);
            var diagnostics = new List<Diagnostic>();
            var index = await ServedIndex.LoadAsync(store, fixture.Registry, diagnostics)
                ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
            using var holder = new ServedIndexHolder(store, fixture.Registry, index);
            await using var app = GpsiApi.Create(holder, [], builder => builder.WebHost.UseTestServer());
            await app.StartAsync();
            using var client = app.GetTestClient();

            foreach (var path in new[] { "/api/rankings/2020", "/api/countries/FIN", "/api/editions" })
            {
                var fromPostgres = await BytesAsync(client, path);
                var fromSqlite = await BytesAsync(fixture.Client, path);
                fromPostgres.Length.ShouldBeGreaterThan(100, path);
                fromPostgres.ShouldBe(fromSqlite, path);
            }

            await app.StopAsync();
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    /// <summary>What <see cref="ApiFixture"/> publishes, to <paramref name="connection"/>.</summary>
    private async Task PublishAsync(string connection)
    {
        await using var store = await GpsiStore.OpenAsync(connection, TimeProvider.System);
        await PublishedGpsi.PublishAsync(store, fixture.Run, fixture.Inputs);
    }

    private static async Task<byte[]> BytesAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();
        await using var command = new NpgsqlCommand(sql, raw);
        await command.ExecuteNonQueryAsync();
    }
}
