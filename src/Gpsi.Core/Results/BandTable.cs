using System.Collections.Immutable;

namespace Gpsi.Core.Results;

/// <summary>The band of every unit in every year on the root's score (1 = best; 0 = no score), with the labels.</summary>
public sealed class BandTable
{
    private readonly int[] _bands;

    internal BandTable(int units, ImmutableArray<int> years, ImmutableArray<string> labels, int[] bands,
        ImmutableArray<ImmutableArray<double>> thresholds)
    {
        UnitCount = units;
        Years = years;
        Labels = labels;
        _bands = bands;
        Thresholds = thresholds;
    }

    /// <summary>Number of units per year.</summary>
    public int UnitCount { get; }

    /// <summary>The years.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>Band labels, best first.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Per year, the lowest score of each band except the last (descending).</summary>
    public ImmutableArray<ImmutableArray<double>> Thresholds { get; }

    /// <summary>The band (1-based) of a unit in a year, 0 when it has no score.</summary>
    public int this[int yearIndex, int unit] => _bands[(yearIndex * UnitCount) + unit];

    /// <summary>The label of a band number, empty for 0.</summary>
    public string LabelOf(int band) => band == 0 ? string.Empty : Labels[band - 1];
}
