using Gpsi.Core.Structure;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// The noisy weights a <see cref="Factor.WeightNoise"/> factor gives, the same in every model: with a fixed number of
/// sets, the sets are drawn once from the analysis seed and a draw u picks set ⌊u·sets⌋; without, a draw u is itself
/// the seed of that replication's noise (so the same u always gives the same weights).
/// </summary>
public sealed class WeightDraws
{
    private readonly IndexTree _tree;
    private readonly Factor.WeightNoise _factor;
    private readonly double[][]? _sets;

    /// <summary>Prepares <paramref name="factor"/>'s weight sets over <paramref name="tree"/>'s nominal weights.</summary>
    /// <param name="tree">The nominal recipe's tree (its node weights are the nominal weights).</param>
    /// <param name="factor">The factor.</param>
    /// <param name="random">The source of the fixed sets (seeded with <see cref="SetsSeed"/>), used only when the factor
    /// has fixed sets.</param>
    public WeightDraws(IndexTree tree, Factor.WeightNoise factor, Random random)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(factor);
        ArgumentNullException.ThrowIfNull(random);
        _tree = tree;
        _factor = factor;
        if (factor.Sets is { } k)
        {
            _sets = new double[k][];
            for (var i = 0; i < k; i++)
            {
                _sets[i] = new double[tree.Nodes.Length];
                Multipliers(random, _sets[i]);
            }
        }
    }

    /// <summary>
    /// Multiplies <paramref name="weights"/> (one per tree node, in tree order) in place by the factor's noise for draw
    /// <paramref name="u"/>; nodes outside the factor's levels keep their weight.
    /// </summary>
    public void Apply(double u, Span<double> weights)
    {
        if (_sets is not null)
        {
            var set = _sets[_factor.Level(u)];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] *= set[i];
            }

            return;
        }

        var random = new Random(SeedOf(u));
        for (var i = 0; i < weights.Length; i++)
        {
            if (_factor.TreeLevels.Contains(_tree.LevelOf[i]))
            {
                weights[i] *= 1 - _factor.Epsilon + (2 * _factor.Epsilon * random.NextDouble());
            }
        }
    }

    /// <summary>
    /// The seed of the fixed weight sets for analysis seed <paramref name="seed"/>: a different stream from the one the
    /// analysis draws its replications from (same seed in, unrelated numbers out), so the two never line up.
    /// </summary>
    public static int SetsSeed(int seed) => unchecked((int)((uint)seed * 2654435761u) ^ 0x5EED5EED);

    /// <summary>The seed of a continuous factor's noise for draw <paramref name="u"/>: both halves of its bits, mixed.</summary>
    public static int SeedOf(double u)
    {
        var bits = BitConverter.DoubleToInt64Bits(u);
        return unchecked((int)bits ^ (int)(bits >> 32));
    }

    private void Multipliers(Random random, double[] set)
    {
        for (var i = 0; i < set.Length; i++)
        {
            set[i] = _factor.TreeLevels.Contains(_tree.LevelOf[i])
                ? 1 - _factor.Epsilon + (2 * _factor.Epsilon * random.NextDouble())
                : 1;
        }
    }
}
