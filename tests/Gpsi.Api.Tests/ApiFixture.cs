using Gpsi.Api.Serving;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Editions;
using Gpsi.Data;
using Gpsi.Data.Countries;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;
using Gpsi.Data.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Gpsi.Api.Tests;

/// <summary>
/// The real GPSI (recipes/gpsi-v1.yaml over ../shared/data, with rank intervals) built once, published to a temp
/// SQLite store as editions 2010–2020, plus a re-publication of 2020 as <c>2020-r2</c> (same rows; it supersedes
/// <c>2020</c>), and served in memory by <see cref="GpsiApi"/> from the index re-computed out of the store.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private IGpsiStore? store;
    private ServedIndexHolder? holder;
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The run as built from the source files (what the served index must equal).</summary>
    public IndexRun Run { get; private set; } = null!;

    public IGpsiStore Store => store!;

    public ServedIndexHolder Holder => holder!;

    public CountryRegistry Registry { get; private set; } = null!;

    /// <summary>When the fixture published (2010–2020 at this instant, 2020-r2 one day later).</summary>
    public static DateTimeOffset PublishedAt { get; } = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        var diagnostics = new List<Diagnostic>();
        var recipePath = RecipeDirectory.Find() ?? throw new InvalidOperationException("recipes/gpsi-v1.yaml not found");
        var recipe = RecipeReader.ReadFile(recipePath).Recipe ?? throw new InvalidOperationException("recipe unreadable");
        var data = DataDirectory.Resolve() ?? throw new InvalidOperationException("../shared/data not found");
        var inputs = IndexInputs.Read(recipe, Path.GetDirectoryName(recipePath)!, data, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        Registry = inputs.Registry;
        Run = IndexRunner.Run(recipe, inputs.Load.Observations, inputs.Load.SnapshotId, inputs.Registry,
            inputs.Catalogue, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics));

        store = await GpsiStore.OpenAsync(folder["api.db"], TimeProvider.System);
        await store.UpsertSourcesAsync(inputs.Catalogue.Sources);
        await EditionPublisher.PublishAsync(store, Run, inputs.Load.Observations, new FixedClock(PublishedAt));
        var edition2020 = await store.CurrentEditionAsync(2020) ?? throw new InvalidOperationException("no 2020");
        await store.PublishEditionAsync(edition2020 with { Id = "2020-r2", PublishedAt = PublishedAt.AddDays(1) });

        var index = await ServedIndex.LoadAsync(store, Registry, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        holder = new ServedIndexHolder(store, Registry, index);
        app = GpsiApi.Create(holder, [], builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        Client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        holder?.Dispose();
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>Deletes the store's folder (after <see cref="DisposeAsync"/>).</summary>
    public void Dispose() => folder.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>One <see cref="ApiFixture"/> for every test class that needs the served GPSI (it takes seconds to build).</summary>
[CollectionDefinition(Name)]
public sealed class ServedGpsi : ICollectionFixture<ApiFixture>
{
    public const string Name = "served GPSI";
}
