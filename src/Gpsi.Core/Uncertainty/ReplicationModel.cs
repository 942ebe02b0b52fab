using System.Collections.Immutable;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;

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

    /// <summary>
    /// What every model starts from: the arguments checked and the nominal recipe built (from <paramref name="cache"/>
    /// when given); null with the nominal build's errors, each saying so, when it does not build.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not a year of the panel.</exception>
    private protected static Build? NominalBuild(Recipe recipe, Panel panel, IReadOnlyList<Factor> factors, int year,
        List<Diagnostic> diagnostics, BuildCache? cache)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!panel.Years.Contains(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year is not in the panel.");
        }

        var nominal = BuildCache.Run(cache, recipe, panel);
        if (!nominal.Succeeded || nominal.Tree is null || nominal.Ranks is null)
        {
            diagnostics.AddRange(nominal.Diagnostics.Where(d => d.Severity == Severity.Error)
                .Select(d => d with { Message = $"In the nominal recipe: {d.Message}" }));
            return null;
        }

        return nominal;
    }
}
