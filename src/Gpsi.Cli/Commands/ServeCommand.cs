using System.CommandLine;
using System.Data.Common;
using Gpsi.Api;
using Gpsi.Data.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gpsi.Cli.Commands;

/// <summary>
/// <c>gpsi serve</c>: serves the store's published editions over the read-only HTTP API (<see cref="GpsiApi"/>)
/// until the process is stopped (Ctrl+C).
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
        var command = new Command("serve", "Serve the published editions over the open data HTTP API (routes under /api/).")
        {
            urls, store,
        };
        command.SetAction((parse, cancel) => UsageException.GuardAsync(console,
            () => RunAsync(console, parse.GetValue(urls), parse.GetValue(store), cancel)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? urls, string? storeOption, CancellationToken cancel)
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

        var address = StoreOption.Resolve(storeOption);
        IGpsiStore gpsiStore;
        try
        {
            gpsiStore = await GpsiStore.OpenAsync(address, TimeProvider.System, cancel).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            console.Error.WriteLine($"gpsi: cannot open the store {StoreOption.Describe(address)}: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        await using (gpsiStore.ConfigureAwait(false))
        {
            var app = GpsiApi.Create(gpsiStore, [], builder =>
            {
                builder.WebHost.UseUrls(listen);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            });
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
