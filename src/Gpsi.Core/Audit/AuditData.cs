using Gpsi.Core.Panels;

namespace Gpsi.Core.Audit;

/// <summary>Gathers one year's values of chosen columns and units into the [column][unit] layout the audit uses.</summary>
internal static class AuditData
{
    /// <summary>The units taking part: those with <paramref name="included"/>[unit], or all when it is empty.</summary>
    public static int[] Units(DataSet data, int yearIndex, ReadOnlySpan<bool> included)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yearIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(yearIndex, data.Years.Length);
        if (included.IsEmpty)
        {
            return [.. Enumerable.Range(0, data.Units.Count)];
        }

        if (included.Length != data.Units.Count)
        {
            throw new ArgumentException($"Expected one flag per unit ({data.Units.Count}), got {included.Length}.",
                nameof(included));
        }

        var units = new List<int>(included.Length);
        for (var u = 0; u < included.Length; u++)
        {
            if (included[u])
            {
                units.Add(u);
            }
        }

        return [.. units];
    }

    /// <summary>The values of <paramref name="codes"/> for <paramref name="units"/>, laid out [code][unit].</summary>
    public static double[] Gather(DataSet data, int yearIndex, IReadOnlyList<string> codes, int[] units)
    {
        var values = new double[codes.Count * units.Length];
        for (var i = 0; i < codes.Count; i++)
        {
            var column = data.Columns.IndexOf(codes[i]);
            if (column < 0)
            {
                throw new ArgumentException($"'{codes[i]}' is not a column of data set '{data.Name}'.", nameof(codes));
            }

            var slice = data.Slice(column, yearIndex);
            for (var k = 0; k < units.Length; k++)
            {
                values[(i * units.Length) + k] = slice[units[k]];
            }
        }

        return values;
    }
}
