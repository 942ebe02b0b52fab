using System.Collections.Immutable;

namespace Gpsi.Core.Panels;

/// <summary>
/// An ordered list of distinct codes (units or columns) with O(1) lookup. Data sets of one build share their axes,
/// so stepping through a recipe never rebuilds lookups.
/// </summary>
public sealed class Axis
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates an axis; throws when a code repeats.</summary>
    public Axis(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        Codes = [.. codes];
        _index = new Dictionary<string, int>(Codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < Codes.Length; i++)
        {
            if (!_index.TryAdd(Codes[i], i))
            {
                throw new ArgumentException($"Code '{Codes[i]}' appears twice.", nameof(codes));
            }
        }
    }

    /// <summary>The codes in order.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Number of codes.</summary>
    public int Count => Codes.Length;

    /// <summary>The code at <paramref name="index"/>.</summary>
    public string this[int index] => Codes[index];

    /// <summary>Position of <paramref name="code"/>, or −1.</summary>
    public int IndexOf(string code) => _index.GetValueOrDefault(code, -1);

    /// <summary>True when <paramref name="code"/> is on the axis.</summary>
    public bool Contains(string code) => _index.ContainsKey(code);
}
