using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Gpsi.Api;

/// <summary>Content-coding negotiation (RFC 9110 §12.5.3) for answers held precompressed: brotli or gzip.</summary>
internal static class ContentCodings
{
    /// <summary>How many distinct header values <see cref="Accepted"/> remembers: clients send a handful of
    /// spellings, so parsing is done once per spelling rather than once per request.</summary>
    private const int Remembered = 64;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Br, bool Gzip)> Seen =
        new(StringComparer.Ordinal);

    /// <summary>Whether the request accepts brotli and gzip (a coding listed with q=0 is refused, as is one not listed,
    /// unless <c>*</c> is).</summary>
    public static (bool Br, bool Gzip) Accepted(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
        if (header.Count == 0)
        {
            return (false, false);
        }

        if (header.Count > 1)
        {
            return Parse(header);
        }

        var text = header.ToString();
        if (Seen.TryGetValue(text, out var known))
        {
            return known;
        }

        var parsed = Parse(header);
        if (Seen.Count < Remembered)
        {
            Seen.TryAdd(text, parsed);
        }

        return parsed;
    }

    private static (bool Br, bool Gzip) Parse(Microsoft.Extensions.Primitives.StringValues header)
    {
        if (!StringWithQualityHeaderValue.TryParseList(header, out var list))
        {
            return (false, false);
        }

        bool Accepts(string coding)
        {
            var match = list.FirstOrDefault(v => string.Equals(v.Value.Value, coding, StringComparison.OrdinalIgnoreCase))
                ?? list.FirstOrDefault(v => v.Value.Value == "*");
            return match is not null && (match.Quality ?? 1) > 0;
        }

        return (Accepts("br"), Accepts("gzip"));
    }

    /// <summary><paramref name="raw"/> compressed with brotli (the runtime's optimal level: done once per answer kept, on first demand).</summary>
    public static byte[] Brotli(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(raw);
        }

        return output.ToArray();
    }

    /// <summary><paramref name="raw"/> compressed with gzip (optimal level).</summary>
    public static byte[] Gzip(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(raw);
        }

        return output.ToArray();
    }
}
