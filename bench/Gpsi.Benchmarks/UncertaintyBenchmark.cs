using BenchmarkDotNet.Attributes;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Uncertainty;
using Gpsi.Data;
using Gpsi.Data.Coinr;

namespace Gpsi.Benchmarks;

/// <summary>
/// Issue 5, item 6: the ASEM uncertainty analysis of examples/asem-factors.yaml (normalisation ∈ {minmax 1–100,
/// zscore 10/2}, 100 noisy weight sets at levels 2 and 3 × U(0.75, 1.25), aggregation ∈ {amean, gmean}) on the
/// compiled model, on 1 and 2 threads: the whole UA for N = 1000 and N = 10,000 (draws, evaluation, statistics), and
/// 50,000 bare evaluations (a Saltelli design for N = 10,000 and d = 3). Compiling the model (4 full builds) and the
/// same N = 1000 UA on full builds are measured for reference. Target: ≤ 10 µs per replication.
/// </summary>
[MemoryDiagnoser]
public class UncertaintyBenchmark
{
    private const int Evaluations = 50_000;
    private Recipe _recipe = null!;
    private Panel _panel = null!;
    private Factor[] _factors = null!;
    private CompiledModel _model = null!;
    private BuilderModel _builderModel = null!;
    private double[] _draws = null!;
    private double[] _scores = null!;
    private int[] _ranks = null!;

    /// <summary>Threads the replications may use.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var import = AsemExample.Import();
        _recipe = RecipeVariation.WithAggregation(RecipeVariation.WithNormalisation(import.Recipe,
            new NormalisationMethod.MinMax(1, 100)), new AggregationMethod.ArithmeticMean());
        _panel = import.Panel;
        _factors =
        [
            new Factor.NormalisationChoice("normalisation", [new NormalisationMethod.MinMax(1, 100), new NormalisationMethod.ZScore(10, 2)]),
            new Factor.WeightNoise("weights", [2, 3], 0.25, Sets: 100),
            new Factor.AggregationChoice("aggregation", [new AggregationMethod.ArithmeticMean(), new AggregationMethod.GeometricMean()]),
        ];
        _model = Compile();
        _builderModel = BuilderModel.Create(_recipe, _panel, _factors, _panel.Years[^1], 42, [])!;
        var random = new Random(1);
        _draws = [.. Enumerable.Range(0, Evaluations * _factors.Length).Select(_ => random.NextDouble())];
        _scores = new double[Evaluations * _model.Units.Length];
        _ranks = new int[Evaluations * _model.Units.Length];
    }

    /// <summary>Compiling the model: the nominal build and one full build per combination (4).</summary>
    [Benchmark]
    public CompiledModel Compile() =>
        CompiledModel.Compile(_recipe, _panel, _factors, _panel.Years[^1], 42, []) ?? throw new InvalidOperationException();

    [Benchmark]
    public UncertaintyResult UaN1000() => UncertaintyAnalysis.Run(_model, 1000, 42, Threads);

    [Benchmark]
    public UncertaintyResult UaN10000() => UncertaintyAnalysis.Run(_model, 10_000, 42, Threads);

    /// <summary>50,000 evaluations of precomputed draws: what a Saltelli design for N = 10,000, d = 3 costs.</summary>
    [Benchmark]
    public void Evaluate50000() => Replications.Run(_model, _draws, _scores, _ranks, Threads);

    /// <summary>The reference: the same N = 1000 analysis with a full build per replication.</summary>
    /// <summary>The whole sensitivity analysis for N = 10,000 (Saltelli design, 50,000 evaluations, Sobol indices,
    /// 1,000 bootstrap resamples per index), as <c>gpsi uncertainty --sa --n 10000</c> runs it.</summary>
    [Benchmark]
    public SensitivityResult SaN10000() => SensitivityAnalysis.Run(_model, 10_000, 42, 1000, Threads);

    [Benchmark]
    public UncertaintyResult UaN1000FullBuilds() => UncertaintyAnalysis.Run(_builderModel, 1000, 42, Threads);
}
