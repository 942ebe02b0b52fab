using System.Collections.Immutable;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// The index as a function of its uncertain factors, for one year: a draw (one number in [0, 1) per factor, in
/// <see cref="Factors"/> order) gives every unit's index score and rank. Uncertainty analysis feeds it random draws;
/// sensitivity analysis feeds it a Saltelli design. Evaluating is pure: the same draw gives the same result on any
/// thread.
/// </summary>
public abstract class ReplicationModel
{
    /// <summary>Creates a model over <paramref name="factors"/> and <paramref name="units"/>, with the nominal recipe's results.</summary>
    protected ReplicationModel(ImmutableArray<Factor> factors, ImmutableArray<string> units,
        ImmutableArray<double> nominalScores, ImmutableArray<int> nominalRanks)
    {
        Factors = factors;
        Units = units;
        NominalScores = nominalScores;
        NominalRanks = nominalRanks;
    }

    /// <summary>The factors, in draw order.</summary>
    public ImmutableArray<Factor> Factors { get; }

    /// <summary>The unit codes, in panel order (the order of every score and rank span).</summary>
    public ImmutableArray<string> Units { get; }

    /// <summary>The nominal (unperturbed) recipe's index score per unit; NaN when the unit has none.</summary>
    public ImmutableArray<double> NominalScores { get; }

    /// <summary>The nominal recipe's index rank per unit (1 = best); 0 when the unit is not ranked.</summary>
    public ImmutableArray<int> NominalRanks { get; }

    /// <summary>A new evaluator with its own scratch space; use one per thread.</summary>
    public abstract IReplicationEvaluator CreateEvaluator();
}
