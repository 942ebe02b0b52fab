namespace Gpsi.Core.Uncertainty;

/// <summary>
/// The Monte Carlo design of a variance-based sensitivity analysis, as COINr's <c>SA_sample</c> makes it (Saltelli et
/// al. 2010, <i>Global Sensitivity Analysis: The Primer</i>): two independent N × d matrices A and B of U[0, 1) draws,
/// then for each factor i the matrix AB_i, which is A with column i taken from B. Rows, in order: A (rows 0 … N − 1),
/// B (N … 2N − 1), AB_1 (2N … 3N − 1), …, AB_d; N·(d + 2) rows in all. Row-major in <see cref="Draws"/>, so it feeds
/// <see cref="Replications.Run"/> directly.
/// </summary>
/// <remarks>
/// The random stream differs from COINr's (R's Mersenne Twister filling a N × 2d matrix column by column): here a
/// seeded <see cref="Random"/> fills A row by row, then B row by row. The same (N, d, seed) always gives the same draws.
/// </remarks>
public sealed class SaltelliDesign
{
    private SaltelliDesign(int n, int factors, double[] draws)
    {
        N = n;
        Factors = factors;
        Draws = draws;
    }

    /// <summary>N, the number of rows of A (and of B and of each AB_i).</summary>
    public int N { get; }

    /// <summary>d, the number of factors (columns).</summary>
    public int Factors { get; }

    /// <summary>N·(d + 2).</summary>
    public int Rows => N * (Factors + 2);

    /// <summary>Every row of the design, row-major (<see cref="Rows"/> × <see cref="Factors"/>), each value in [0, 1).</summary>
    public double[] Draws { get; }

    /// <summary>The first row of block AB_i (0-based factor <paramref name="factor"/>): 2N + i·N.</summary>
    public int FirstRowOf(int factor) => (2 + factor) * N;

    /// <summary>Makes the design.</summary>
    /// <param name="n">N ≥ 2 (COINr requires N &gt; 2 and d ≥ 2; one factor is allowed here: then S ≈ ST ≈ 1).</param>
    /// <param name="factors">d ≥ 1.</param>
    /// <param name="seed">The seed of the draws.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 2 or <paramref name="factors"/> &lt; 1,
    /// or the design would have more than <see cref="Array.MaxLength"/> values.</exception>
    public static SaltelliDesign Create(int n, int factors, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        var size = (long)n * (factors + 2) * factors;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Array.MaxLength, nameof(n));
        var draws = new double[size];
        var random = new Random(seed);
        var block = n * factors;
        for (var k = 0; k < 2 * block; k++)
        {
            draws[k] = random.NextDouble();
        }

        var a = draws.AsSpan(0, block);
        var b = draws.AsSpan(block, block);
        for (var i = 0; i < factors; i++)
        {
            var ab = draws.AsSpan((2 + i) * block, block);
            a.CopyTo(ab);
            for (var r = 0; r < n; r++)
            {
                ab[(r * factors) + i] = b[(r * factors) + i];
            }
        }

        return new SaltelliDesign(n, factors, draws);
    }
}
