using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Gpsi.Api;

/// <summary>
/// Per-client-IP token buckets (<see cref="GpsiApiOptions"/>) over every request, with the built-in rate limiting
/// middleware. A rejected request gets 429 as an RFC 9457 problem with <c>Retry-After</c> (whole seconds, at least 1).
/// </summary>
internal static class ApiRateLimiting
{
    /// <summary>Registers the limiter; nothing when <paramref name="options"/> turns limiting off.</summary>
    public static IServiceCollection AddGpsiRateLimiting(this IServiceCollection services, GpsiApiOptions options)
    {
        if (!options.RateLimited)
        {
            return services;
        }

        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Burst,
            TokensPerPeriod = options.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, IPAddress>(context =>
                context.Connection.RemoteIpAddress is { } address
                    ? RateLimitPartition.GetTokenBucketLimiter(Normalise(address), _ => bucket)
                    : RateLimitPartition.GetNoLimiter(IPAddress.None));
            limiter.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected, options);
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, GpsiApiOptions options)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        await Results.Problem(
            $"Client {client} sent more than {options.Burst} requests at once or more than {options.PermitsPerSecond} "
            + $"a second; retry after {seconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            extensions: new Dictionary<string, object?>
            {
                ["field"] = "client",
                ["found"] = client,
                ["expected"] = $"at most {options.PermitsPerSecond} requests a second (bursts of {options.Burst})",
            }).ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>An IPv4 address seen over an IPv6 socket is the same client as over IPv4.</summary>
    private static IPAddress Normalise(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
