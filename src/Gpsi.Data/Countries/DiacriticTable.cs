using System.Globalization;

namespace Gpsi.Data.Countries;

/// <summary>
/// The base character of each precomposed character (its canonical decomposition without the nonspacing marks), read
/// from the embedded <c>nfd-bases.txt</c> that <c>nfd_bases.py</c> generates from Python's Unicode database. The
/// solution runs with InvariantGlobalization, where <see cref="string.Normalize()"/> returns its input unchanged, so
/// NFD cannot come from the runtime.
/// </summary>
internal static class DiacriticTable
{
    private const string Resource = "Gpsi.Data.Countries.nfd-bases.txt";

    private static readonly char[] Bases = Load();

    /// <summary>The base of <paramref name="c"/>, or <paramref name="c"/> itself without a decomposition.</summary>
    public static char Base(char c) => Bases[c];

    private static char[] Load()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        using var stream = typeof(DiacriticTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var from = int.Parse(line.AsSpan(0, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var to = int.Parse(line.AsSpan(5, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            table[from] = (char)to;
        }

        // A base can itself have a base only if the generator changed; resolve chains so one lookup suffices.
        for (var i = 0; i < table.Length; i++)
        {
            while (table[table[i]] != table[i])
            {
                table[i] = table[table[i]];
            }
        }

        return table;
    }
}
