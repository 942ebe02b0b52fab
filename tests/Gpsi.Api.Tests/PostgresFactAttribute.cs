namespace Gpsi.Api.Tests;

/// <summary>
/// A fact that needs the PostgreSQL server named by <c>GPSI_TEST_POSTGRES</c> (Npgsql keywords, e.g.
/// <c>Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres</c>; scripts/test starts one). Skipped when that
/// is unset and <c>CI</c> is not <c>true</c>; in CI it never skips, so a missing server fails the run.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "GPSI_TEST_POSTGRES";

    /// <summary>Sets <see cref="FactAttribute.Skip"/> from the environment.</summary>
    public PostgresFactAttribute()
    {
        if (Server is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{Variable} is not set: scripts/test starts a throwaway PostgreSQL on loopback and sets it";
        }
    }

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text ? text : null;

    public static string RequireServer() => Server ?? throw new InvalidOperationException(
        $"{Variable} is not set, and in CI (CI=true) the PostgreSQL tests never skip: run scripts/test or set {Variable}");
}
