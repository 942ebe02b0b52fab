using Gpsi.Core.Editions;
using Gpsi.Core.Observations;
using Gpsi.Core.Recipes;
using Gpsi.Data.Recipes;
using Gpsi.Data.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Gpsi.Api.Tests;

/// <summary>
/// A temp SQLite store with three published editions (2019; 2020, then its correction 2020-r1, which supersedes it)
/// of the real GPSI recipe (root <c>index</c>, listed last among its nodes), served in memory by <see cref="GpsiApi"/>.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime, IDisposable
{
    public static readonly CountryCode Fin = new("FIN");
    public static readonly CountryCode Nor = new("NOR");
    public static readonly CountryCode Swe = new("SWE");

    private readonly TempFolder folder = new();
    private IGpsiStore? store;
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public string RecipeHash { get; private set; } = "";

    public IGpsiStore Store => store!;

    public async Task InitializeAsync()
    {
        store = await GpsiStore.OpenAsync(folder["api.db"], TimeProvider.System);
        RecipeHash = await store.SaveRecipeAsync(GpsiRecipe());
        var provenance = new Provenance("unodc-homicide-owid", "unodc/homicide-rate.csv", 412, "2024-05-01", "per 100k", []);
        await store.LoadSnapshotAsync("sha256:snap", "test", [new Observation(Fin, "homicide_rate", 2019, 1.62, provenance)]);
        var at = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        await store.PublishEditionAsync(new Edition("2019", 2019, RecipeHash, "sha256:snap", at,
        [
            new EditionRow(Fin, "order", 80.5, 2, null),
            new EditionRow(Fin, "index", 71.25, 1, "A", new RankInterval(1, 1.5, 2.25)),
            new EditionRow(Nor, "order", 90, 1, null),
            new EditionRow(Nor, "index", 65.125, 2, "B", new RankInterval(1, 2, 3)),
        ]));
        await store.PublishEditionAsync(new Edition("2020", 2020, RecipeHash, "sha256:snap", at.AddDays(1),
        [
            new EditionRow(Fin, "index", 70, 2, "B", new RankInterval(1, 2, 2)),
            new EditionRow(Nor, "index", 72, 1, "A", new RankInterval(1, 1, 2)),
            new EditionRow(Swe, "index", 60, 3, "C", new RankInterval(3, 3, 3)),
        ]));
        await store.PublishEditionAsync(new Edition("2020-r1", 2020, RecipeHash, "sha256:snap", at.AddDays(2),
        [
            new EditionRow(Nor, "index", 73.5, 1, "A", new RankInterval(1, 1, 1.75)),
            new EditionRow(Nor, "order", 88, 2, null),
            new EditionRow(Fin, "index", 69.75, 2, "B", null),
            new EditionRow(Fin, "order", null, null, null),
        ]));
        app = GpsiApi.Create(store, [], builder => builder.WebHost.UseTestServer());
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

        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>Deletes the store's folder (after <see cref="DisposeAsync"/>).</summary>
    public void Dispose() => folder.Dispose();

    /// <summary>recipes/gpsi-v1.yaml, found from the test's folder upwards.</summary>
    private static Recipe GpsiRecipe()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "recipes", "gpsi-v1.yaml")))
        {
            dir = dir.Parent;
        }

        dir.ShouldNotBeNull("recipes/gpsi-v1.yaml above the test folder");
        var read = RecipeReader.ReadFile(Path.Combine(dir.FullName, "recipes", "gpsi-v1.yaml"));
        return read.Recipe.ShouldNotBeNull();
    }
}
