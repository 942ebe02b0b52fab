using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Gpsi.Data.Tests.Fetch;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port (System.Net.HttpListener), answering every request with
/// <c>handler(pathAndQuery, nth)</c>, where nth counts the requests for that same path and query (1 for the first).
/// It records each request and when it arrived.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<string, int, Reply> _handler;
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Request, DateTimeOffset At)> _log = new();
    private readonly Task _loop;

    public LoopbackServer(Func<string, int, Reply> handler)
    {
        _handler = handler;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                _listener = listener;
                BaseUri = new Uri($"http://127.0.0.1:{port}/");
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }

        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUri { get; }

    public string HostAndPort => BaseUri.Authority;

    /// <summary>Every request so far (path and query), in arrival order.</summary>
    public IReadOnlyList<string> Requests => _log.Select(l => l.Request).ToList();

    /// <summary>Arrival times of the requests whose path and query contain <paramref name="fragment"/>.</summary>
    public IReadOnlyList<DateTimeOffset> Arrivals(string fragment) =>
        _log.Where(l => l.Request.Contains(fragment, StringComparison.Ordinal)).Select(l => l.At).ToList();

    /// <summary>How many requests contained <paramref name="fragment"/> in their path and query.</summary>
    public int Count(string fragment) => _log.Count(l => l.Request.Contains(fragment, StringComparison.Ordinal));

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with an exception when the listener stops.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var key = context.Request.Url!.PathAndQuery;
        _log.Enqueue((Uri.UnescapeDataString(key), DateTimeOffset.UtcNow));
        var nth = _counts.AddOrUpdate(Uri.UnescapeDataString(key), 1, (_, n) => n + 1);
        try
        {
            var reply = _handler(Uri.UnescapeDataString(key), nth);
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay);
            }

            var response = context.Response;
            response.StatusCode = reply.Status;
            response.ContentType = reply.ContentType;
            foreach (var (name, value) in reply.Headers)
            {
                response.Headers[name] = value;
            }

            response.ContentLength64 = reply.Body.Length;
            await response.OutputStream.WriteAsync(reply.Body);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (timeout test) or the server is stopping.
        }
    }
}
