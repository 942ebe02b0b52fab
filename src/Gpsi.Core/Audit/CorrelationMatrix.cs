using System.Collections.Immutable;
using Gpsi.Core.Numerics;
using Gpsi.Core.Panels;

namespace Gpsi.Core.Audit;

/// <summary>
/// Correlations between two sets of columns (rows × columns; the same set gives the usual square matrix), each over
/// its pairwise complete observations, as R's <c>cor(X1, X2, use = "pairwise.complete.obs", method)</c> that COINr's
/// <c>get_corr</c> calls. Unlike <c>get_corr</c> it does not blank insignificant entries (its <c>pval</c> filter):
/// every coefficient is kept, with the number of pairs behind it.
/// </summary>
public sealed class CorrelationMatrix
{
    private readonly double[] _values;
    private readonly int[] _pairs;
    private readonly Dictionary<string, int> _rowIndex;
    private readonly Dictionary<string, int> _columnIndex;

    private CorrelationMatrix(CorrelationMethod method, ImmutableArray<string> rowCodes,
        ImmutableArray<string> columnCodes, double[] values, int[] pairs)
    {
        Method = method;
        RowCodes = rowCodes;
        ColumnCodes = columnCodes;
        _values = values;
        _pairs = pairs;
        _rowIndex = Index(rowCodes);
        _columnIndex = Index(columnCodes);
    }

    /// <summary>Pearson or Spearman.</summary>
    public CorrelationMethod Method { get; }

    /// <summary>The codes of the rows.</summary>
    public ImmutableArray<string> RowCodes { get; }

    /// <summary>The codes of the columns.</summary>
    public ImmutableArray<string> ColumnCodes { get; }

    /// <summary>The coefficient at a position; NaN when fewer than two complete pairs or a constant column.</summary>
    public double this[int row, int column] => _values[(row * ColumnCodes.Length) + column];

    /// <summary>The coefficient between two codes; throws <see cref="KeyNotFoundException"/> for an unknown code.</summary>
    public double this[string row, string column] => this[_rowIndex[row], _columnIndex[column]];

    /// <summary>The number of complete pairs behind the coefficient at a position.</summary>
    public int Pairs(int row, int column) => _pairs[(row * ColumnCodes.Length) + column];

    /// <summary>
    /// Correlates the named columns of <paramref name="data"/> in one year. Only units with
    /// <paramref name="included"/>[unit] take part; an empty <paramref name="included"/> means every unit.
    /// </summary>
    /// <exception cref="ArgumentException">A code is not a column of <paramref name="data"/>, or
    /// <paramref name="included"/> has the wrong length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearIndex"/> is not a year of the data.</exception>
    public static CorrelationMatrix Compute(DataSet data, int yearIndex, IReadOnlyList<string> rowCodes,
        IReadOnlyList<string> columnCodes, CorrelationMethod method, ReadOnlySpan<bool> included = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rowCodes);
        ArgumentNullException.ThrowIfNull(columnCodes);
        var units = AuditData.Units(data, yearIndex, included);
        return Compute(AuditData.Gather(data, yearIndex, rowCodes, units), rowCodes,
            AuditData.Gather(data, yearIndex, columnCodes, units), columnCodes, units.Length, method);
    }

    /// <summary>
    /// Correlates every row column with every column column. Both are laid out [variable][observation], with
    /// <paramref name="observations"/> values per variable, NaN where missing.
    /// </summary>
    /// <exception cref="ArgumentException">A layout does not match its codes.</exception>
    public static CorrelationMatrix Compute(ReadOnlySpan<double> rowColumns, IReadOnlyList<string> rowCodes,
        ReadOnlySpan<double> columnColumns, IReadOnlyList<string> columnCodes, int observations,
        CorrelationMethod method)
    {
        ArgumentNullException.ThrowIfNull(rowCodes);
        ArgumentNullException.ThrowIfNull(columnCodes);
        ArgumentOutOfRangeException.ThrowIfNegative(observations);
        if (rowColumns.Length != rowCodes.Count * observations)
        {
            throw new ArgumentException($"Expected {rowCodes.Count * observations} row values.", nameof(rowColumns));
        }

        if (columnColumns.Length != columnCodes.Count * observations)
        {
            throw new ArgumentException($"Expected {columnCodes.Count * observations} column values.",
                nameof(columnColumns));
        }

        var values = new double[rowCodes.Count * columnCodes.Count];
        var pairs = new int[values.Length];
        for (var i = 0; i < rowCodes.Count; i++)
        {
            var x = rowColumns.Slice(i * observations, observations);
            for (var j = 0; j < columnCodes.Count; j++)
            {
                var y = columnColumns.Slice(j * observations, observations);
                var at = (i * columnCodes.Count) + j;
                values[at] = method switch
                {
                    CorrelationMethod.Pearson => Correlation.Pearson(x, y),
                    CorrelationMethod.Spearman => Correlation.Spearman(x, y),
                    _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown correlation."),
                };
                pairs[at] = CountPairs(x, y);
            }
        }

        return new CorrelationMatrix(method, [.. rowCodes], [.. columnCodes], values, pairs);
    }

    private static int CountPairs(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = 0;
        for (var k = 0; k < x.Length; k++)
        {
            n += double.IsNaN(x[k]) || double.IsNaN(y[k]) ? 0 : 1;
        }

        return n;
    }

    private static Dictionary<string, int> Index(ImmutableArray<string> codes)
    {
        var index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            index.TryAdd(codes[i], i);
        }

        return index;
    }
}
