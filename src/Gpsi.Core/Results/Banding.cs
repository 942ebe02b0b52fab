using System.Collections.Immutable;

namespace Gpsi.Core.Results;

/// <summary>Assigns bands from scores and ranks by a <see cref="BandRule"/>.</summary>
internal static class Banding
{
    public static BandTable Assign(BandRule rule, ReadOnlySpan<double> scoresByYear, ReadOnlySpan<int> ranksByYear,
        int units, ImmutableArray<int> years)
    {
        var bands = new int[years.Length * units];
        var thresholds = ImmutableArray.CreateBuilder<ImmutableArray<double>>(years.Length);
        ImmutableArray<string> labels;
        switch (rule)
        {
            case BandRule.Fixed f:
                labels = f.Labels;
                for (var y = 0; y < years.Length; y++)
                {
                    for (var u = 0; u < units; u++)
                    {
                        var s = scoresByYear[(y * units) + u];
                        if (double.IsNaN(s))
                        {
                            continue;
                        }

                        var b = 1;
                        while (b <= f.Thresholds.Length && s < f.Thresholds[b - 1])
                        {
                            b++;
                        }

                        bands[(y * units) + u] = b;
                    }

                    thresholds.Add(f.Thresholds);
                }

                break;
            case BandRule.Quantile q:
                labels = q.Count == 5
                    ? BandRule.DefaultLabels
                    : [.. Enumerable.Range(1, q.Count).Select(i => $"Band {i}")];
                for (var y = 0; y < years.Length; y++)
                {
                    var ranks = ranksByYear.Slice(y * units, units);
                    var ranked = 0;
                    foreach (var r in ranks)
                    {
                        ranked += r > 0 ? 1 : 0;
                    }

                    // Band b holds ranks in ((b−1)·n/k, b·n/k]; tied units share the band of their shared rank.
                    var lowest = new double[Math.Max(q.Count - 1, 0)];
                    Array.Fill(lowest, double.PositiveInfinity);
                    for (var u = 0; u < units; u++)
                    {
                        if (ranks[u] == 0)
                        {
                            continue;
                        }

                        var b = Math.Min(q.Count, (int)Math.Ceiling((double)ranks[u] * q.Count / ranked));
                        bands[(y * units) + u] = Math.Max(b, 1);
                        if (b - 1 < lowest.Length)
                        {
                            lowest[b - 1] = Math.Min(lowest[b - 1], scoresByYear[(y * units) + u]);
                        }
                    }

                    thresholds.Add([.. lowest]);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown band rule.");
        }

        return new BandTable(units, years, labels, bands, thresholds.MoveToImmutable());
    }
}
