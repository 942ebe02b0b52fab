using Gpsi.Core.Panels;

namespace Gpsi.Core.Results;

/// <summary>
/// Ranks of every unit at every aggregate and year (1 = highest score; 0 = no score; indicator columns are 0, as
/// COINr ranks aggregates only). Same layout as the scores'
/// <see cref="DataSet"/>: [node][year][unit].
/// </summary>
public sealed class RankTable
{
    private readonly int[] _ranks;

    internal RankTable(DataSet scores, int[] ranks)
    {
        Scores = scores;
        _ranks = ranks;
    }

    /// <summary>The scores ranked.</summary>
    public DataSet Scores { get; }

    /// <summary>The rank at a position; 0 when the unit has no score there.</summary>
    public int this[int column, int yearIndex, int unit] =>
        _ranks[(((column * Scores.Years.Length) + yearIndex) * Scores.Units.Count) + unit];

    /// <summary>Ranks of one node in one year, one per unit.</summary>
    public ReadOnlySpan<int> Slice(int column, int yearIndex) =>
        _ranks.AsSpan(((column * Scores.Years.Length) + yearIndex) * Scores.Units.Count, Scores.Units.Count);

    /// <summary>The rank for (unit, node, year) by code; 0 when absent.</summary>
    public int Get(string unit, string node, int year)
    {
        var u = Scores.Units.IndexOf(unit);
        var c = Scores.Columns.IndexOf(node);
        var y = Scores.YearIndex(year);
        return u < 0 || c < 0 || y < 0 ? 0 : this[c, y, u];
    }
}
