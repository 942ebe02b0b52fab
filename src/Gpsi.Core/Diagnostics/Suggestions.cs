namespace Gpsi.Core.Diagnostics;

/// <summary>"Did you mean …?" for misspelt keys, method names and codes.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="found"/> by optimal-string-alignment distance (a swap of two
    /// neighbouring letters counts once), ignoring case; null when none is within a third of its length (at least 1).
    /// Ties go to the earlier candidate.
    /// </summary>
    public static string? Closest(string found, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(found.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance && distance <= Math.Max(1, candidate.Length / 3))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var w = b.Length + 1;
        var d = new int[(a.Length + 1) * w];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i * w] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var here = (i * w) + j;
                var above = here - w;
                d[here] = Math.Min(Math.Min(d[above] + 1, d[here - 1] + 1), d[above - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[here] = Math.Min(d[here], d[above - w - 2] + 1);
                }
            }
        }

        return d[d.Length - 1];
    }
}
