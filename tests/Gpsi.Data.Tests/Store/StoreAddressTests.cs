using Gpsi.Data.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gpsi.Data.Tests.Store;

public sealed class StoreAddressTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Nothing_IsGpsiDbInTheCurrentDirectory(string? text)
    {
        var address = StoreAddress.Parse(text);

        address.Backend.ShouldBe(StoreBackend.Sqlite);
        var builder = new SqliteConnectionStringBuilder(address.ConnectionString);
        builder.DataSource.ShouldBe(Path.Combine(Directory.GetCurrentDirectory(), "gpsi.db"));
        builder.ForeignKeys.ShouldBe(true);
    }

    [Theory]
    [InlineData("data/gpsi.db")]
    [InlineData("/var/lib/gpsi/store.SQLITE")]
    [InlineData("x.sqlite3")]
    public void Parse_PathWithSqliteExtension_IsThatFile(string path)
    {
        var address = StoreAddress.Parse(path);

        address.Backend.ShouldBe(StoreBackend.Sqlite);
        new SqliteConnectionStringBuilder(address.ConnectionString).DataSource.ShouldBe(Path.GetFullPath(path));
    }

    [Fact]
    public void Parse_DataSourceKeywords_IsSqliteWithForeignKeysOn()
    {
        var address = StoreAddress.Parse("Data Source=/tmp/a.data;Cache=Shared");

        address.Backend.ShouldBe(StoreBackend.Sqlite);
        var builder = new SqliteConnectionStringBuilder(address.ConnectionString);
        (builder.DataSource, builder.Cache, builder.ForeignKeys).ShouldBe(("/tmp/a.data", SqliteCacheMode.Shared, true));
    }

    [Fact]
    public void Parse_HostKeywords_IsPostgres()
    {
        var address = StoreAddress.Parse("Host=db.example;Port=6543;Database=gpsi;Username=u;Password=secret");

        address.Backend.ShouldBe(StoreBackend.Postgres);
        var builder = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password)
            .ShouldBe(("db.example", 6543, "gpsi", "u", "secret"));
    }

    [Fact]
    public void Parse_PostgresUrl_DecodesEveryPart()
    {
        var address = StoreAddress.Parse(
            "postgres://gpsi%20user:p%40ss%3Aword@db.example:6543/gpsi%2Dprod?sslmode=require&search_path=edition"
            + "&Application%20Name=gpsi-web");

        address.Backend.ShouldBe(StoreBackend.Postgres);
        var b = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        (b.Host, b.Port, b.Username, b.Password, b.Database, b.SslMode, b.SearchPath, b.ApplicationName).ShouldBe(
            ("db.example", 6543, "gpsi user", "p@ss:word", "gpsi-prod", SslMode.Require, "edition", "gpsi-web"));
    }

    [Fact]
    public void Parse_PostgresqlUrlWithoutPort_UsesTheDefaultPort()
    {
        var b = new NpgsqlConnectionStringBuilder(StoreAddress.Parse("postgresql://db.example/gpsi").ConnectionString);

        (b.Host, b.Port, b.Database).ShouldBe(("db.example", 5432, "gpsi"));
    }

    [Theory]
    [InlineData("gpsi")]
    [InlineData("User=u;Password=secret")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=x;Mode=Memory")]
    [InlineData("postgres://u:secret@db.example/gpsi?nonsense=1")]
    public void Parse_NoBackendOrInMemory_ThrowsWithoutEchoingTheText(string text)
    {
        var e = Should.Throw<ArgumentException>(() => StoreAddress.Parse(text));

        e.Message.ShouldNotContain("secret");
    }
}
