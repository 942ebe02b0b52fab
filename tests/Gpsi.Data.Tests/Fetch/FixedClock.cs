namespace Gpsi.Data.Tests.Fetch;

/// <summary>
/// A clock stuck at one instant for dates and retrieval times, while timers and timestamps stay real so retry
/// delays and attempt timeouts still run (Microsoft.Extensions.TimeProvider.Testing is not in the package copy,
/// and its FakeTimeProvider would stall real HTTP timeouts until advanced by hand).
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock Default { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero));

    public DateTimeOffset Now => now;

    public override DateTimeOffset GetUtcNow() => now;
}
