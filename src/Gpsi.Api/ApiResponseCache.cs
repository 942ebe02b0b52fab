using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Gpsi.Api.Serving;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>
/// The answers already made from one <see cref="ServedIndex"/> (body bytes and ETag), keyed by path and normalised
/// query, so that a repeated GET costs a dictionary lookup. Only 200 JSON answers (<see cref="ApiJsonResult"/>) are
/// kept; problems are made afresh. Bounded: when <see cref="Capacity"/> keys are held the cache starts over, so
/// requests with ever new queries cost memory no more than that and are merely served uncached.
/// </summary>
/// <remarks>One cache per index (a <see cref="ConditionalWeakTable{TKey,TValue}"/>), so a new index swapped in by
/// <see cref="ServedIndexHolder"/> starts empty and the old answers go with the old index.</remarks>
internal sealed class ApiResponseCache
{
    /// <summary>The most answers kept per index.</summary>
    public const int Capacity = 2_000;

    private static readonly ConditionalWeakTable<ServedIndex, ApiResponseCache> Caches = [];

    private readonly ConcurrentDictionary<string, ApiJsonResult> answers = new(StringComparer.Ordinal);

    /// <summary>How many answers are kept.</summary>
    public int Count => answers.Count;

    /// <summary>The cache of <paramref name="index"/>'s answers.</summary>
    public static ApiResponseCache For(ServedIndex index) => Caches.GetValue(index, static _ => new ApiResponseCache());

    /// <summary>The answer kept for <paramref name="key"/>, or null.</summary>
    public ApiJsonResult? Find(string key) => answers.GetValueOrDefault(key);

    /// <summary>Keeps <paramref name="answer"/> under <paramref name="key"/> (starting over when full).</summary>
    public void Keep(string key, ApiJsonResult answer)
    {
        if (answers.Count >= Capacity)
        {
            answers.Clear();
        }

        answers[key] = answer;
    }

    /// <summary>
    /// The key of a request: its path, then its query parameters sorted by name (ordinal, ignoring case: binding
    /// ignores it too) as <c>?name=value&amp;…</c> with names in lower case; values as sent (decoded).
    /// </summary>
    public static string Key(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        var query = request.Query;
        if (query.Count == 0)
        {
            return path;
        }

        var builder = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, values) in query.OrderBy(q => q.Key, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var value in values)
            {
                builder.Append(separator).Append(name.ToLowerInvariant()).Append('=').Append(value);
                separator = '&';
            }
        }

        return builder.ToString();
    }
}
