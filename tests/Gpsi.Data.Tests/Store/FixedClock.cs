namespace Gpsi.Data.Tests.Store;

/// <summary>A clock that says what it is told: starts at <paramref name="start"/>, moves only by
/// <see cref="Advance"/>.</summary>
internal sealed class FixedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
