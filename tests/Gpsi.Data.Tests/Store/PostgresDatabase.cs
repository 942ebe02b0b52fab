using Npgsql;

namespace Gpsi.Data.Tests.Store;

/// <summary>
/// A fresh database on the <see cref="PostgresServer"/> for one test class, dropped afterwards. Each test then
/// works in its own schema of it (<see cref="NewSchemaAsync"/>), so tests cannot see each other's data.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private string? _server;

    public string Name { get; } = "gpsi_test_" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null)
        {
            return;
        }

        _server = PostgresServer.Require();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {Name}", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema.</summary>
    public async Task<string> NewSchemaAsync()
    {
        var schema = "s_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(_server ?? PostgresServer.Require())
        {
            Database = Name,
            SearchPath = schema,
        }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return connectionString;
    }

    public async Task DisposeAsync()
    {
        if (_server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
