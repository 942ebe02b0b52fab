using Gpsi.Api.Serving;
using Gpsi.Data.Countries;
using Gpsi.Data.Editions;
using Gpsi.Data.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Gpsi.Api.Tests;

/// <summary>
/// The real GPSI published to a temp SQLite store (<see cref="PublishedGpsi"/>: editions 2010–2020 plus
/// <c>2020-r2</c>) and served in memory by <see cref="GpsiApi"/> from the index re-computed out of the store.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private PublishedGpsi? _published;
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The run as built from the source files (what the served index must equal).</summary>
    public IndexRun Run => _published!.Run;

    /// <summary>What the run was built from.</summary>
    public IndexInputs Inputs => _published!.Inputs;

    public IGpsiStore Store => _published!.Store;

    public ServedIndexHolder Holder => _published!.Holder;

    public CountryRegistry Registry => _published!.Registry;

    /// <summary>When the fixture published (2010–2020 at this instant, 2020-r2 one day later).</summary>
    public static DateTimeOffset PublishedAt => PublishedGpsi.PublishedAt;

    public async Task InitializeAsync()
    {
        _published = await PublishedGpsi.CreateAsync();
        _app = GpsiApi.Create(_published.Holder, [], builder => builder.WebHost.UseTestServer());
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_published is not null)
        {
            await _published.DisposeAsync();
        }
    }
}

/// <summary>One <see cref="ApiFixture"/> for every test class that needs the served GPSI (it takes seconds to build).</summary>
[CollectionDefinition(Name)]
public sealed class ServedGpsi : ICollectionFixture<ApiFixture>
{
    public const string Name = "served GPSI";
}
