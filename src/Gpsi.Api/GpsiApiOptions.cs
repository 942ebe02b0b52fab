namespace Gpsi.Api;

/// <summary>
/// How the API protects itself: a token bucket per client IP address. A client may send <see cref="Burst"/> requests
/// at once and then <see cref="PermitsPerSecond"/> a second; past that it gets 429 with <c>Retry-After</c>.
/// </summary>
/// <param name="PermitsPerSecond">Requests a second each client IP earns back; 0 turns rate limiting off.</param>
/// <param name="Burst">The bucket size (at least <paramref name="PermitsPerSecond"/> is sensible); 0 turns rate
/// limiting off.</param>
/// <remarks>Requests without a remote IP address (in-process test servers, Unix sockets) are never limited: they
/// cannot be told apart, and they do not come from the network.</remarks>
public sealed record GpsiApiOptions(int PermitsPerSecond = GpsiApiOptions.DefaultPermitsPerSecond,
    int Burst = GpsiApiOptions.DefaultBurst)
{
    /// <summary>The default sustained rate a client IP may use: generous for people and scripts.</summary>
    public const int DefaultPermitsPerSecond = 100;

    /// <summary>The default burst a client IP may send at once (a dashboard page load is ~20 requests).</summary>
    public const int DefaultBurst = 200;

    /// <summary>100 requests a second, bursts of 200.</summary>
    public static GpsiApiOptions Default { get; } = new();

    /// <summary>True when clients are rate limited (both numbers positive).</summary>
    public bool RateLimited => PermitsPerSecond > 0 && Burst > 0;
}
