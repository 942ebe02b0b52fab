namespace Gpsi.Data.Tests.Store;

/// <summary>
/// A fact that needs the PostgreSQL server named by <c>GPSI_TEST_POSTGRES</c>. Skipped when that is unset and
/// <c>CI</c> is not <c>true</c>; in CI it never skips, so a missing server fails the run with a clear message.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> from the environment.</summary>
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
