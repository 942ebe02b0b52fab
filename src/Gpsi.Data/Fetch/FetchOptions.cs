namespace Gpsi.Data.Fetch;

/// <summary>How one <c>gpsi fetch</c> run behaves. Every value has a sensible default.</summary>
public sealed record FetchOptions
{
    /// <summary>The folder under which <c>snapshots/YYYY-MM-DD/</c> is created (default: the current directory).</summary>
    public string OutputDirectory { get; init; } = ".";

    /// <summary>Target ids to fetch; null or empty for all of the plan.</summary>
    public IReadOnlyCollection<string>? Only { get; init; }

    /// <summary>Time allowed for one HTTP attempt, headers and body together (more than 10 ms; default 60 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt of each request (0 = none; default 3).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The first backoff delay; it doubles on each retry (default 1 s). Retry-After overrides it.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After that is honoured as given; longer ones are cut to this (default 2 min).</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Where the services are (default: the real hosts).</summary>
    public FetchEndpoints Endpoints { get; init; } = FetchEndpoints.Default;

    /// <summary>Rows per World Bank page (the API's <c>per_page</c>; default 1000).</summary>
    public int WorldBankPageSize { get; init; } = 1000;

    /// <summary>Most pages followed for one target (World Bank pages or GHO next links) before it fails (default 500).</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a value outside its documented range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.FromMilliseconds(10), nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfNegative(Retries, nameof(Retries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryAfter, TimeSpan.Zero, nameof(MaxRetryAfter));
        ArgumentOutOfRangeException.ThrowIfLessThan(WorldBankPageSize, 1, nameof(WorldBankPageSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPages, 1, nameof(MaxPages));
    }
}
