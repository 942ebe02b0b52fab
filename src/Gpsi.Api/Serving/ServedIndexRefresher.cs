using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gpsi.Api.Serving;

/// <summary>
/// Checks the store for newly published editions every <paramref name="period"/> and has the holder swap them in;
/// a failed load is logged as an error and the previous editions stay served.
/// </summary>
internal sealed partial class ServedIndexRefresher(ServedIndexHolder holder, TimeSpan period, TimeProvider time,
    ILogger<ServedIndexRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var problems = await holder.RefreshAsync(stoppingToken).ConfigureAwait(false);
            if (problems.Count > 0)
            {
                LogRefreshFailed(logger, string.Join(Environment.NewLine, problems));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The store's new editions cannot be served; the previous ones stay served:\n{Problems}")]
    private static partial void LogRefreshFailed(ILogger logger, string problems);
}
