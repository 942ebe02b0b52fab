using Gpsi.Api.Serving;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Editions;
using Gpsi.Data;
using Gpsi.Data.Countries;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;
using Gpsi.Data.Store;

namespace Gpsi.Tests;

/// <summary>
/// The real GPSI (recipes/gpsi-v1.yaml over ../shared/data, with rank intervals) built once, published to a temp
/// SQLite store as editions 2010–2020, plus a re-publication of 2020 as <c>2020-r2</c> (same rows; it supersedes
/// <c>2020</c>), and loaded as the <see cref="ServedIndexHolder"/> the API serves. Shared by the API tests (in
/// memory) and the dashboard's end-to-end tests (Kestrel on loopback); compiled only into projects that reference
/// Gpsi.Api (tests/Shared/Served is not part of the tests/Shared glob).
/// </summary>
internal sealed class PublishedGpsi : IAsyncDisposable
{
    private readonly TempFolder _folder;

    private PublishedGpsi(TempFolder folder, IndexInputs inputs, IndexRun run, CountryRegistry registry, IGpsiStore store,
        ServedIndexHolder holder)
    {
        _folder = folder;
        Inputs = inputs;
        Run = run;
        Registry = registry;
        Store = store;
        Holder = holder;
    }

    /// <summary>When the editions were published (2010–2020 at this instant, 2020-r2 one day later).</summary>
    public static DateTimeOffset PublishedAt { get; } = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The run as built from the source files (what the served index must equal).</summary>
    public IndexRun Run { get; }

    /// <summary>What the run was built from (catalogue, registry, observations).</summary>
    public IndexInputs Inputs { get; }

    public CountryRegistry Registry { get; }

    public IGpsiStore Store { get; }

    /// <summary>What the API serves: the index re-computed out of the store.</summary>
    public ServedIndexHolder Holder { get; }

    /// <summary>Builds, publishes and loads the GPSI (some seconds). Throws with the diagnostics when it cannot.</summary>
    public static async Task<PublishedGpsi> CreateAsync()
    {
        var diagnostics = new List<Diagnostic>();
        var recipePath = RecipeDirectory.Find() ?? throw new InvalidOperationException("recipes/gpsi-v1.yaml not found");
        var recipe = RecipeReader.ReadFile(recipePath).Recipe ?? throw new InvalidOperationException("recipe unreadable");
        var data = DataDirectory.Resolve() ?? throw new InvalidOperationException("../shared/data not found");
        var inputs = IndexInputs.Read(recipe, Path.GetDirectoryName(recipePath)!, data, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        var run = IndexRunner.Run(recipe, inputs.Load.Observations, inputs.Load.SnapshotId, inputs.Registry,
            inputs.Catalogue, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics));

        var folder = new TempFolder();
        var store = await GpsiStore.OpenAsync(folder["gpsi.db"], TimeProvider.System);
        await PublishAsync(store, run, inputs);

        var index = await ServedIndex.LoadAsync(store, inputs.Registry, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        return new PublishedGpsi(folder, inputs, run, inputs.Registry, store, new ServedIndexHolder(store, inputs.Registry, index));
    }

    /// <summary>Publishes <paramref name="run"/> to <paramref name="store"/> as this fixture does: the catalogue,
    /// editions 2010–2020 at <see cref="PublishedAt"/>, and 2020 again as <c>2020-r2</c> a day later.</summary>
    public static async Task PublishAsync(IGpsiStore store, IndexRun run, IndexInputs inputs)
    {
        await store.UpsertSourcesAsync(inputs.Catalogue.Sources);
        await EditionPublisher.PublishAsync(store, run, inputs.Load.Observations, new FixedClock(PublishedAt));
        var edition2020 = await store.CurrentEditionAsync(2020) ?? throw new InvalidOperationException("no 2020");
        await store.PublishEditionAsync(edition2020 with { Id = "2020-r2", PublishedAt = PublishedAt.AddDays(1) });
    }

    /// <summary>Disposes the holder and the store, then deletes the store's folder; call after the app stopped.</summary>
    public async ValueTask DisposeAsync()
    {
        Holder.Dispose();
        await Store.DisposeAsync();
        _folder.Dispose();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
