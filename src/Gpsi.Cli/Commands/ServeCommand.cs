using System.CommandLine;
using System.Data.Common;
using Gpsi.Api;
using Gpsi.Api.Serving;
using Gpsi.Core.Diagnostics;
using Gpsi.Data;
using Gpsi.Data.Countries;
using Gpsi.Data.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi serve</c>: serves the store's published editions over the read-only HTTP API (<see cref="GpsiApi"/>)
/// until the process is stopped (Ctrl+C). The store is opened read-only (<see cref="GpsiStore.OpenReadOnlyAsync"/>):
/// serving never writes it, and a store whose schema is older than the program is refused. At start it re-computes every current edition from its recipe and data
/// snapshot (refusing to serve one that does not re-compute to its published rows), and then checks the store for new
/// editions every 30 seconds.
/// </summary>
public static class ServeCommand
{
    /// <summary>The address served when <c>--urls</c> is not given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, ';'-separated (e.g. http://127.0.0.1:8080). Default: {DefaultUrls}." };
        var store = StoreOption.Create();
        var data = new Option<DirectoryInfo?>("--data") { Description = $"The shared data folder (for the country registry). Default: ${DataDirectory.EnvironmentVariable}, else ../shared/data." };
        var rateLimit = new Option<int>("--rate-limit")
        {
            Description = $"Requests a second each client IP may send (bursts of twice that); 0 turns limiting off. Default: {GpsiApiOptions.DefaultPermitsPerSecond}.",
            DefaultValueFactory = _ => GpsiApiOptions.DefaultPermitsPerSecond,
        };
        var command = new Command("serve", "Serve the published editions over the open data HTTP API (routes under /api/).")
        {
            urls, store, data, rateLimit,
        };
        command.SetAction((parse, cancel) => UsageException.GuardAsync(console, () =>
        {
            var permits = parse.GetValue(rateLimit);
            if (permits < 0)
            {
                throw new UsageException($"--rate-limit: expected 0 (off) or a positive number of requests a second, found {permits}");
            }

            return RunAsync(console, parse.GetValue(urls), parse.GetValue(store), parse.GetValue(data),
                new GpsiApiOptions(permits, permits > int.MaxValue / 2 ? int.MaxValue : permits * 2), cancel);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? urls, string? storeOption, DirectoryInfo? dataDir,
        GpsiApiOptions options, CancellationToken cancel)
    {
        var listen = string.IsNullOrWhiteSpace(urls) ? DefaultUrls : urls;
        foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal),
                    UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new UsageException($"--urls: expected http:// or https:// addresses separated by ';', found '{url}'");
            }
        }

        var diagnostics = new List<Diagnostic>();
        if (DataDirectory.Require(dataDir?.FullName, diagnostics) is not { } root
            || CountryRegistry.Load(root, diagnostics) is not { } registry)
        {
            return console.Report(diagnostics, "the input was rejected");
        }

        var address = StoreOption.Resolve(storeOption);
        IGpsiStore gpsiStore;
        try
        {
            gpsiStore = await GpsiStore.OpenReadOnlyAsync(address, TimeProvider.System, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or MigrationException)
        {
            console.Error.WriteLine($"gpsi: cannot open the store {StoreOption.Describe(address)} for reading: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        await using (gpsiStore.ConfigureAwait(false))
        {
            console.Out.WriteLine($"Re-computing the published editions of {StoreOption.Describe(address)} …");
            var index = await ServedIndex.LoadAsync(gpsiStore, registry, diagnostics, cancel).ConfigureAwait(false);
            if (index is null)
            {
                return console.Report(diagnostics, "the store's editions cannot be served");
            }

            using var holder = new ServedIndexHolder(gpsiStore, registry, index);
            var app = GpsiApi.Create(holder, [], builder =>
            {
                builder.WebHost.UseUrls(listen);
                builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            }, GpsiApi.DefaultRefresh, options);
            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(cancel).ConfigureAwait(false);
                console.Out.WriteLine($"Serving {StoreOption.Describe(address)} on {string.Join(", ", app.Urls)} (Ctrl+C stops).");
                try
                {
                    await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
                }
                finally
                {
                    await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }

        return ExitCodes.Success;
    }
}
