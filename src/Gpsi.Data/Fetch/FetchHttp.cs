using System.Globalization;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Gpsi.Data.Fetch;

/// <summary>
/// GET with a per-attempt timeout (headers and body) and retries with exponential backoff: on 5xx, 408, 429
/// (honouring Retry-After), timeouts and connection errors; never on other 4xx. One <see cref="HttpClient"/> for
/// the whole run; the overall cancellation token stops everything at once.
/// </summary>
internal sealed class FetchHttp : IDisposable
{
    private static readonly ResiliencePropertyKey<Action<string>> RetryListener = new("gpsi.fetch.on-retry");

    private readonly HttpClient _client;
    private readonly ResiliencePipeline<HttpAttempt> _pipeline;
    private readonly FetchOptions _options;
    private readonly TimeProvider _clock;

    public FetchHttp(HttpMessageHandler handler, bool disposeHandler, FetchOptions options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        _client = new HttpClient(handler, disposeHandler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("gpsi-fetch", "1.0"));
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
        _pipeline = Build(options, clock);
    }

    /// <summary>The default handler: pooled connections, gzip/deflate/brotli, no proxy surprises.</summary>
    public static HttpMessageHandler DefaultHandler() => new SocketsHttpHandler
    {
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
    };

    public async Task<HttpResult> GetAsync(Uri url, Action<string> onRetry, CancellationToken cancellation)
    {
        var context = ResilienceContextPool.Shared.Get(cancellation);
        context.Properties.Set(RetryListener, onRetry);
        var attempts = 0;
        try
        {
            var attempt = await _pipeline.ExecuteAsync(
                async ctx =>
                {
                    attempts++;
                    return await SendAsync(url, ctx.CancellationToken).ConfigureAwait(false);
                },
                context).ConfigureAwait(false);
            return attempt.Success
                ? new HttpResult(attempt.Body, null, attempts)
                : new HttpResult(null, $"HTTP {attempt.Status} {attempt.Reason}{Tries(attempts)} from {url}{Hint(attempt)}", attempts);
        }
        catch (TimeoutRejectedException)
        {
            var seconds = _options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return new HttpResult(null, $"timed out (no complete response within {seconds} s){Tries(attempts)} from {url}", attempts);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return new HttpResult(null, $"connection failed ({e.Message}){Tries(attempts)} at {url}", attempts);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpAttempt> SendAsync(Uri url, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation)
            .ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false);
        TimeSpan? retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _clock.GetUtcNow(),
            _ => null,
        };
        if (retryAfter < TimeSpan.Zero)
        {
            retryAfter = TimeSpan.Zero;
        }

        return new HttpAttempt((int)response.StatusCode, response.ReasonPhrase ?? string.Empty, retryAfter, body);
    }

    private static ResiliencePipeline<HttpAttempt> Build(FetchOptions options, TimeProvider clock)
    {
        var builder = new ResiliencePipelineBuilder<HttpAttempt> { TimeProvider = clock };
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpAttempt>
            {
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutRejectedException or IOException } => true,
                    { Result: { } result } => result.Transient,
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result?.RetryAfter is { } after
                        ? (TimeSpan?)(after < options.MaxRetryAfter ? after : options.MaxRetryAfter)
                        : null),
                OnRetry = args =>
                {
                    if (args.Context.Properties.TryGetValue(RetryListener, out var listener))
                    {
                        var why = args.Outcome switch
                        {
                            { Result: { } r } => $"HTTP {r.Status}",
                            { Exception: TimeoutRejectedException } => "timeout",
                            { Exception: { } e } => e.GetType().Name,
                            _ => "failure",
                        };
                        var wait = args.RetryDelay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                        listener($"{why}; retry {args.AttemptNumber + 1} of {options.Retries} in {wait} s");
                    }

                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(options.Timeout);
        return builder.Build();
    }

    private static string Tries(int attempts) => attempts > 1 ? $" after {attempts} attempts" : string.Empty;

    private static string Hint(HttpAttempt attempt)
    {
        if (attempt.Body.Length == 0)
        {
            return string.Empty;
        }

        var text = System.Text.Encoding.UTF8.GetString(attempt.Body, 0, Math.Min(attempt.Body.Length, 160));
        text = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return text.Length == 0 ? string.Empty : $": {text}";
    }
}
