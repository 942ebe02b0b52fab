using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MathNet.Numerics.LinearAlgebra;

namespace Gpsi.Core.Audit;

/// <summary>
/// A principal component analysis of standardised variables — the eigen-decomposition of their correlation matrix —
/// as R's <c>prcomp(x, center = TRUE, scale. = TRUE)</c> that COINr's <c>get_PCA</c> calls. Rows with any missing
/// value are dropped first (listwise, COINr's <c>na.omit</c>). Used by PCA weighting and by the audit.
/// </summary>
/// <remarks>
/// Eigenvectors are defined only up to sign. R takes them from LAPACK's SVD, whose signs are arbitrary, so exact sign
/// parity with COINr is impossible; <see cref="TryFit"/> either fixes the sign (each component's loadings sum
/// positive) or leaves the signs MathNet's symmetric eigen-solver returns.
/// </remarks>
public sealed class PrincipalComponents
{
    private const double SignTolerance = 1e-12;

    private PrincipalComponents(ImmutableArray<string> variables, int rows, bool signFixed,
        ImmutableArray<double> eigenvalues, ImmutableArray<ImmutableArray<double>> loadings)
    {
        Variables = variables;
        Rows = rows;
        SignFixed = signFixed;
        Eigenvalues = eigenvalues;
        Loadings = loadings;
        var total = eigenvalues.Sum();
        VarianceExplained = [.. eigenvalues.Select(e => e / total)];
    }

    /// <summary>The variables (columns) analysed, in input order.</summary>
    public ImmutableArray<string> Variables { get; }

    /// <summary>The number of complete rows used.</summary>
    public int Rows { get; }

    /// <summary>True when each component's sign was fixed so its loadings sum positive.</summary>
    public bool SignFixed { get; }

    /// <summary>
    /// Variance of each component, descending (prcomp's <c>sdev²</c>); they sum to the number of variables.
    /// Round-off below zero is reported as 0.
    /// </summary>
    public ImmutableArray<double> Eigenvalues { get; }

    /// <summary>Each component's share of the total variance (prcomp's "Proportion of Variance"), descending.</summary>
    public ImmutableArray<double> VarianceExplained { get; }

    /// <summary>
    /// Loadings by component then variable: <c>Loadings[c][v]</c> is prcomp's <c>rotation[v, c]</c>, a unit-length
    /// eigenvector, not rescaled.
    /// </summary>
    public ImmutableArray<ImmutableArray<double>> Loadings { get; }

    /// <summary>
    /// Fits the PCA. <paramref name="columns"/> holds the variables laid out [variable][row], <paramref name="rows"/>
    /// values each, NaN where missing; <paramref name="variables"/> names them. Fails, with
    /// <paramref name="problem"/> saying why, when fewer than variables + 1 complete rows remain or a variable is
    /// constant over them (prcomp stops: "cannot rescale a constant/zero column to unit variance").
    /// </summary>
    /// <param name="columns">The values, [variable][row].</param>
    /// <param name="rows">Rows per variable.</param>
    /// <param name="variables">Variable names, at least one.</param>
    /// <param name="fixSign">Flip each component so its loadings sum positive (when the sum is zero to within 1e-12,
    /// so the largest loading in absolute value is positive, the first of those within 1e-12); false keeps the solver's signs.</param>
    /// <param name="result">The fit, when it succeeds.</param>
    /// <param name="problem">Why it failed, when it does.</param>
    /// <exception cref="ArgumentException">The shape of <paramref name="columns"/> does not match.</exception>
    public static bool TryFit(ReadOnlySpan<double> columns, int rows, IReadOnlyList<string> variables, bool fixSign,
        [NotNullWhen(true)] out PrincipalComponents? result, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var p = variables.Count;
        ArgumentOutOfRangeException.ThrowIfZero(p, nameof(variables));
        if (columns.Length != p * rows)
        {
            throw new ArgumentException($"Expected {p * rows} values ({p} variables × {rows} rows), got {columns.Length}.",
                nameof(columns));
        }

        result = null;
        var complete = new List<int>(rows);
        for (var r = 0; r < rows; r++)
        {
            var ok = true;
            for (var v = 0; v < p && ok; v++)
            {
                ok = !double.IsNaN(columns[(v * rows) + r]);
            }

            if (ok)
            {
                complete.Add(r);
            }
        }

        var n = complete.Count;
        if (n < p + 1)
        {
            problem = $"{n} complete rows for {p} variables; at least {p + 1} are needed";
            return false;
        }

        var z = Matrix<double>.Build.Dense(n, p);
        for (var v = 0; v < p; v++)
        {
            var column = columns.Slice(v * rows, rows);
            var mean = 0.0;
            foreach (var r in complete)
            {
                mean += column[r];
            }

            mean /= n;
            var ss = 0.0;
            foreach (var r in complete)
            {
                ss += (column[r] - mean) * (column[r] - mean);
            }

            var sd = Math.Sqrt(ss / (n - 1));
            if (!(sd > 0) || !double.IsFinite(sd))
            {
                problem = $"'{variables[v]}' is constant over the {n} complete rows (no variance to scale)";
                return false;
            }

            for (var i = 0; i < n; i++)
            {
                z[i, v] = (column[complete[i]] - mean) / sd;
            }
        }

        var correlation = z.TransposeThisAndMultiply(z) / (n - 1);
        var evd = correlation.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, p).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
        var eigenvalues = order.Select(i => Math.Max(0, evd.EigenValues[i].Real)).ToImmutableArray();
        var loadings = ImmutableArray.CreateBuilder<ImmutableArray<double>>(p);
        foreach (var c in order)
        {
            var vector = evd.EigenVectors.Column(c).ToArray();
            var norm = Math.Sqrt(vector.Sum(x => x * x));
            for (var v = 0; v < p; v++)
            {
                vector[v] /= norm;
            }

            if (fixSign && NeedsFlip(vector))
            {
                for (var v = 0; v < p; v++)
                {
                    vector[v] = -vector[v];
                }
            }

            loadings.Add([.. vector]);
        }

        result = new PrincipalComponents([.. variables], n, fixSign, eigenvalues, loadings.MoveToImmutable());
        problem = null;
        return true;
    }

    private static bool NeedsFlip(double[] vector)
    {
        var sum = vector.Sum();
        if (Math.Abs(sum) > SignTolerance)
        {
            return sum < 0;
        }

        var largest = 0;
        for (var v = 1; v < vector.Length; v++)
        {
            if (Math.Abs(vector[v]) > Math.Abs(vector[largest]) + SignTolerance)
            {
                largest = v;
            }
        }

        return vector[largest] < 0;
    }
}
