using Gpsi.Data;

namespace Gpsi.Benchmarks.Gtd;

/// <summary>
/// Writes a large GTD events file from the real one (<c>events/gtd_events_2012_2017_subset.csv</c>, 76,913 rows):
/// the real lines, byte for byte, in a fresh seeded shuffle on every pass until the requested row count is reached.
/// The values, country mix, blanks, exponents and line lengths stay those of the real data; only the order changes,
/// so the country-years stay the real 588 and the aggregates grow with the number of passes.
/// </summary>
public static class GtdEventFile
{
    /// <summary>The real events file in the shared data folder.</summary>
    public static string RealFile => Path.Combine(
        DataDirectory.Resolve() ?? throw new InvalidOperationException("../shared/data not found"),
        "events", "gtd_events_2012_2017_subset.csv");

    /// <summary>Writes <paramref name="rows"/> data rows to <paramref name="path"/>; same seed, same bytes.</summary>
    public static void Write(string path, int rows, int seed = 20_240_601)
    {
        var lines = File.ReadAllLines(RealFile);
        var header = lines[0];
        var body = lines.Skip(1).Select(l => System.Text.Encoding.UTF8.GetBytes(l + "\n")).ToArray();
        var order = Enumerable.Range(0, body.Length).ToArray();
        var random = new Random(seed);
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        output.Write(System.Text.Encoding.UTF8.GetBytes(header + "\n"));
        var written = 0;
        while (written < rows)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                if (written == rows)
                {
                    break;
                }

                output.Write(body[i]);
                written++;
            }
        }
    }
}
