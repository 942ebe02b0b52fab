using BenchmarkDotNet.Attributes;
using Gpsi.Data.Sources.Readers;

namespace Gpsi.Benchmarks.Gtd;

/// <summary>
/// Parses and aggregates a generated 5,000,000-row GTD events file (see <see cref="GtdEventFile"/>), sequentially and
/// in two line-aligned ranges. The file is written to a temp folder in setup and deleted in cleanup.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class GtdIngestBenchmark
{
    private const int Rows = 5_000_000;
    private string _folder = "";
    private string _path = "";

    [Params(1, 2)]
    public int Parallelism { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "gpsi-bench-gtd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, "events-5m.csv");
        GtdEventFile.Write(_path, Rows);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public GtdAggregation Aggregate5M()
    {
        var result = GtdEventAggregator.Aggregate(_path, "events-5m.csv",
            new GtdAggregationOptions { Parallelism = Parallelism });
        return result.RowsAggregated == Rows ? result : throw new InvalidOperationException("rows lost");
    }
}
