namespace Gpsi.Data.Tests.Store;

/// <summary>The PostgreSQL server the tests may use: <c>GPSI_TEST_POSTGRES</c> (Npgsql keywords), set by
/// <c>scripts/test</c>.</summary>
internal static class PostgresServer
{
    public const string Variable = "GPSI_TEST_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text ? text : null;

    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped, or null when they must run.</summary>
    public static string? SkipReason => ConnectionString is null && !InCi
        ? $"{Variable} is not set: scripts/test starts a throwaway PostgreSQL on loopback and sets it"
        : null;

    /// <summary>The server's connection string; throws a clear message when it is missing (in CI).</summary>
    public static string Require() => ConnectionString ?? throw new InvalidOperationException(
        $"{Variable} is not set, and in CI (CI=true) the PostgreSQL tests never skip. Run scripts/test, which "
        + $"starts a throwaway PostgreSQL on loopback, or set {Variable}=Host=127.0.0.1;Port=…;Username=postgres;"
        + "Database=postgres");
}
