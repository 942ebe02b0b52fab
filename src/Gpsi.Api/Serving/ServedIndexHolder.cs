using Gpsi.Core.Diagnostics;
using Gpsi.Data.Countries;
using Gpsi.Data.Store;

namespace Gpsi.Api.Serving;

/// <summary>
/// Holds the <see cref="ServedIndex"/> the API answers from and replaces it, whole, when the store's current
/// editions change (a new edition or a correction published while the API runs). Readers take
/// <see cref="Index"/> once per request and so never see half of a change.
/// </summary>
public sealed class ServedIndexHolder(IGpsiStore store, CountryRegistry registry, ServedIndex initial) : IDisposable
{
    private volatile ServedIndex index = initial ?? throw new ArgumentNullException(nameof(initial));
    private readonly SemaphoreSlim refreshing = new(1, 1);

    /// <summary>What is served now.</summary>
    public ServedIndex Index => index;

    /// <summary>The country registry the index was loaded with (names and groups of countries not served).</summary>
    public CountryRegistry Registry => registry;

    /// <summary>
    /// Asks the store which editions are current and, when they differ from what is served, loads and swaps in the
    /// new index. Returns the diagnostics of a failed load (the old index stays served), else an empty list.
    /// </summary>
    public async Task<IReadOnlyList<Diagnostic>> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var list = await store.ListEditionsAsync(cancellationToken).ConfigureAwait(false);
            var version = string.Join(";", list.Where(e => e.IsCurrent).Select(e => e.Id));
            if (version == index.Version && list.Count == index.Editions.Count)
            {
                return [];
            }

            var diagnostics = new List<Diagnostic>();
            var loaded = await ServedIndex.LoadAsync(store, registry, diagnostics, cancellationToken).ConfigureAwait(false);
            if (loaded is null)
            {
                return diagnostics;
            }

            index = loaded;
            return [];
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => refreshing.Dispose();
}
