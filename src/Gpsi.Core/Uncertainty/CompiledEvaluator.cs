using System.Numerics;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Results;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// Evaluates draws of a <see cref="CompiledModel"/>: picks the combination, applies the weights, aggregates the tree
/// bottom-up and ranks, with the aggregate step's arithmetic in the same order (so the same bits) and no allocation.
/// </summary>
internal sealed class CompiledEvaluator : IReplicationEvaluator
{
    private readonly CompiledStructure _s;
    private readonly double[] _noisy;
    private double[] _weights;
    private readonly double[] _aggregates;
    private readonly double[] _sum;
    private readonly double[] _weight;
    private readonly double[] _logs;
    private readonly double[] _masked;
    private readonly int[] _order;
    private readonly double[] _x;
    private readonly double[] _w;
    private bool _computingFixed;

    public CompiledEvaluator(CompiledStructure structure)
    {
        _s = structure;
        var units = structure.Units;
        var maxChildren = 0;
        for (var a = 0; a + 1 < structure.ChildStart.Length; a++)
        {
            maxChildren = Math.Max(maxChildren, structure.ChildStart[a + 1] - structure.ChildStart[a]);
        }

        _noisy = new double[structure.BaseWeights.Length];
        _weights = _noisy;
        _aggregates = new double[(structure.ChildStart.Length - 1) * units];
        _sum = new double[units];
        _weight = new double[units];
        _logs = new double[units];
        _masked = new double[units];
        _order = new int[units];
        _x = new double[maxChildren];
        _w = new double[maxChildren];
    }

    public void Evaluate(ReadOnlySpan<double> draw, Span<double> scores, Span<int> ranks)
    {
        var units = _s.Units;
        if (scores.Length != units || ranks.Length != units)
        {
            throw new ArgumentException("One score and one rank slot per unit are needed.", nameof(scores));
        }

        if (draw.Length != _s.DiscreteFactor.Length + _s.WeightFactor.Length)
        {
            throw new ArgumentException("A draw has one number per factor.", nameof(draw));
        }

        var index = 0;
        for (var k = 0; k < _s.DiscreteFactor.Length; k++)
        {
            var levels = _s.DiscreteLevels[k];
            index += Math.Clamp((int)(draw[_s.DiscreteFactor[k]] * levels), 0, levels - 1) * _s.DiscreteStride[k];
        }

        var combination = _s.Combinations[index];
        Weights(draw, combination);
        for (var a = 0; a + 1 < _s.ChildStart.Length; a++)
        {
            if (!_s.Fixed[a])
            {
                Aggregate(combination, a);
            }
        }

        var root = AggregateRow(combination, _s.RootRow);
        for (var u = 0; u < units; u++)
        {
            scores[u] = root[u];
            _masked[u] = combination.Included[u] ? root[u] : double.NaN;
        }

        Ranking.Rank(_masked, ranks, _order);
    }

    /// <summary>
    /// Fills <paramref name="combination"/>'s fixed aggregate rows (and their logs), computed with the weights every
    /// draw has for them: the aggregation code of a draw, run once.
    /// </summary>
    public void ComputeFixed(CompiledCombination combination)
    {
        _computingFixed = true;
        Weights([], combination);
        for (var a = 0; a + 1 < _s.ChildStart.Length; a++)
        {
            if (_s.Fixed[a])
            {
                Aggregate(combination, a);
            }
        }

        _computingFixed = false;
        combination.FixedValues = (double[])_aggregates.Clone();
        combination.FixedLogs = new double[_aggregates.Length];
        for (var i = 0; i < _aggregates.Length; i++)
        {
            combination.FixedLogs[i] = Math.Log(_aggregates[i]);
        }
    }

    /// <summary>An aggregate's values: the combination's fixed row, or this draw's.</summary>
    private ReadOnlySpan<double> AggregateRow(CompiledCombination combination, int row) =>
        _s.Fixed[row] && !_computingFixed
            ? combination.FixedValues.AsSpan(row * _s.Units, _s.Units)
            : _aggregates.AsSpan(row * _s.Units, _s.Units);

    private void Weights(ReadOnlySpan<double> draw, CompiledCombination combination)
    {
        if (!_s.HasNoise)
        {
            _weights = combination.Weights;
            return;
        }

        _weights = _noisy;
        _s.BaseWeights.CopyTo(_noisy, 0);
        for (var k = 0; k < _s.WeightFactor.Length && !_computingFixed; k++)
        {
            _s.WeightDraws[k].Apply(draw[_s.WeightFactor[k]], _noisy);
        }
    }

    private void Aggregate(CompiledCombination combination, int a)
    {
        var units = _s.Units;
        var output = _aggregates.AsSpan(a * units, units);
        switch (combination.Methods[a])
        {
            case CompiledMethod.ArithmeticMean:
                WeightedSums(combination, a, logs: false);
                for (var u = 0; u < units; u++)
                {
                    var sum = _sum[u];
                    var weight = _weight[u];
                    output[u] = weight == 0 ? double.NaN
                        : double.IsFinite(sum) && double.IsFinite(weight) ? sum / weight
                        : Aggregators.ArithmeticMean(Gather(combination, a, u, 0), _w.AsSpan(0, _s.ChildStart[a + 1] - _s.ChildStart[a]));
                }

                break;
            case CompiledMethod.GeometricMean:
                WeightedSums(combination, a, logs: true);
                for (var u = 0; u < units; u++)
                {
                    output[u] = _weight[u] == 0 ? double.NaN : Math.Exp(_sum[u] / _weight[u]);
                }

                break;
            default:
                for (var u = 0; u < units; u++)
                {
                    output[u] = OneUnit(combination, a, u);
                }

                break;
        }

        if (_s.MinAvailability is { } threshold)
        {
            MaskUnavailable(combination, a, threshold, output);
        }
    }

    /// <summary>Σw·x and Σw over available children per unit, child by child in tree order, as the aggregate step adds them.</summary>
    private void WeightedSums(CompiledCombination combination, int a, bool logs)
    {
        var units = _s.Units;
        var sum = _sum.AsSpan();
        var total = _weight.AsSpan();
        sum.Clear();
        total.Clear();
        var width = Vector<double>.Count;
        for (var c = _s.ChildStart[a]; c < _s.ChildStart[a + 1]; c++)
        {
            var column = Row(combination, _s.ChildRef[c], logs);
            var wk = _weights[_s.ChildNode[c]];
            var vw = new Vector<double>(wk);
            var i = 0;
            for (; i <= units - width; i += width)
            {
                var v = new Vector<double>(column[i..]);
                var present = Vector.Equals(v, v);
                var s = new Vector<double>(sum[i..]);
                var t = new Vector<double>(total[i..]);
                Vector.ConditionalSelect(present, s + (vw * v), s).CopyTo(sum[i..]);
                Vector.ConditionalSelect(present, t + vw, t).CopyTo(total[i..]);
            }

            for (; i < units; i++)
            {
                var v = column[i];
                if (!double.IsNaN(v))
                {
                    sum[i] += wk * v;
                    total[i] += wk;
                }
            }
        }
    }

    private ReadOnlySpan<double> Row(CompiledCombination combination, int reference, bool logs)
    {
        var units = _s.Units;
        if (reference >= 0)
        {
            return (logs ? combination.Logs : combination.Values).AsSpan(reference * units, units);
        }

        var row = AggregateRow(combination, ~reference);
        if (!logs)
        {
            return row;
        }

        if (_s.Fixed[~reference] && !_computingFixed)
        {
            return combination.FixedLogs.AsSpan(~reference * units, units);
        }

        for (var u = 0; u < units; u++)
        {
            if (row[u] <= 0)
            {
                throw new InvalidOperationException("An aggregate under a geometric mean is not positive; compiling should have found it.");
            }

            _logs[u] = Math.Log(row[u]);
        }

        return _logs;
    }

    private double OneUnit(CompiledCombination combination, int a, int u)
    {
        var shift = combination.Methods[a] == CompiledMethod.ShiftedGeometricMean ? combination.Parameters[a] : 0;
        var xs = Gather(combination, a, u, shift);
        var ws = _w.AsSpan(0, xs.Length);
        var available = 0;
        foreach (var x in xs)
        {
            available += double.IsNaN(x) ? 0 : 1;
        }

        if (available == 0)
        {
            return double.NaN;
        }

        return combination.Methods[a] switch
        {
            CompiledMethod.ShiftedGeometricMean => Aggregators.GeometricMean(xs, ws),
            CompiledMethod.HarmonicMean => Aggregators.HarmonicMean(xs, ws),
            CompiledMethod.GeneralisedMean => Aggregators.GeneralisedMean(xs, ws, combination.Parameters[a]),
            CompiledMethod.Median => Aggregators.Median(xs, ws),
            _ => throw new InvalidOperationException($"Unexpected method {combination.Methods[a]}."),
        };
    }

    /// <summary>The children's values for unit <paramref name="u"/> (plus <paramref name="shift"/>) in <c>_x</c>, their weights in <c>_w</c>.</summary>
    private Span<double> Gather(CompiledCombination combination, int a, int u, double shift)
    {
        var units = _s.Units;
        var n = 0;
        for (var c = _s.ChildStart[a]; c < _s.ChildStart[a + 1]; c++, n++)
        {
            var reference = _s.ChildRef[c];
            var x = reference >= 0 ? combination.Values[(reference * units) + u] : AggregateRow(combination, ~reference)[u];
            _x[n] = shift == 0 ? x : x + shift;
            _w[n] = _weights[_s.ChildNode[c]];
        }

        return _x.AsSpan(0, n);
    }

    private void MaskUnavailable(CompiledCombination combination, int a, double threshold, Span<double> output)
    {
        var units = _s.Units;
        var children = combination.ChildCounts[a];
        for (var u = 0; u < units; u++)
        {
            var available = 0;
            for (var c = _s.ChildStart[a]; c < _s.ChildStart[a + 1]; c++)
            {
                var reference = _s.ChildRef[c];
                var x = reference >= 0 ? combination.Values[(reference * units) + u] : AggregateRow(combination, ~reference)[u];
                available += double.IsNaN(x) ? 0 : 1;
            }

            if (available == 0 || (double)available / children < threshold)
            {
                output[u] = double.NaN;
            }
        }
    }
}
