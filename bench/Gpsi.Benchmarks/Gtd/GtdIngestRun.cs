using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Gpsi.Data.Sources.Readers;

namespace Gpsi.Benchmarks.Gtd;

/// <summary>
/// The <c>gtd</c> mode: for each file size, writes a generated events file to a temp folder, measures our aggregator
/// (sequential and two ranges) and pandas (<c>bench/pandas/gtd_ingest.py</c>) each in its own process — so that the
/// peak working set is that run's alone — compares their per-country-year results, prints a table and deletes the file.
/// <code>dotnet run -c Release --project bench/Gpsi.Benchmarks -- gtd [--sizes 1000000,5000000,10000000] [--runs 3] [--no-pandas]</code>
/// </summary>
public static class GtdIngestRun
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>One measured process: ours or pandas.</summary>
    public sealed record Measurement(
        string Engine,
        long Rows,
        int Parallelism,
        double BestSeconds,
        double MedianSeconds,
        double ReadSeconds,
        double GroupSeconds,
        double CpuSecondsPerRun,
        long PeakWorkingSetBytes,
        long AllocatedBytesPerRun,
        int Groups,
        long Incidents,
        double Deaths,
        double Injuries,
        long Bands);

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes", "1000000,5000000,10000000").Split(',').Select(int.Parse).ToArray();
        var runs = int.Parse(Option(args, "--runs", "3"), CultureInfo.InvariantCulture);
        var pandas = !args.Contains("--no-pandas");
        var folder = Path.Combine(Path.GetTempPath(), "gpsi-gtd-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var rows = new List<string>();
        try
        {
            foreach (var size in sizes)
            {
                var path = Path.Combine(folder, $"events-{size}.csv");
                var clock = Stopwatch.StartNew();
                GtdEventFile.Write(path, size);
                var megabytes = new FileInfo(path).Length / 1e6;
                Console.WriteLine(Text($"{size:N0} rows, {megabytes:F1} MB written in {clock.Elapsed.TotalSeconds:F1} s"));
                var results = new List<(Measurement M, string Csv)>();
                foreach (var parallelism in new[] { 1, 2 })
                {
                    var csv = Path.Combine(folder, $"ours-{size}-{parallelism}.csv");
                    results.Add((Child(Self(), [.. SelfArgs(), "gtd-measure", path, Num(parallelism), Num(runs), csv]), csv));
                }

                if (pandas)
                {
                    var csv = Path.Combine(folder, $"pandas-{size}.csv");
                    results.Add((Child(Python(), [Script(), path, "--runs", Num(runs), "--out", csv]), csv));
                }

                foreach (var (m, _) in results)
                {
                    rows.Add(Row(m, megabytes));
                    Console.WriteLine(string.Concat(
                        Text($"  {m.Engine,-12} p={m.Parallelism} {m.Rows / m.BestSeconds,12:N0} rows/s  "),
                        Text($"best {m.BestSeconds:F3} s  cpu/run {m.CpuSecondsPerRun:F3} s  "),
                        Text($"peak WS {m.PeakWorkingSetBytes / 1e6:F1} MB  alloc/run {m.AllocatedBytesPerRun:N0} B  "),
                        Text($"groups {m.Groups}  incidents {m.Incidents:N0}  deaths {m.Deaths:R}  "),
                        Text($"injuries {m.Injuries:R}  bands {m.Bands:N0}")));
                }

                foreach (var (m, csv) in results.Skip(1))
                {
                    Console.WriteLine(Text($"  per-country-year results, gpsi p=1 vs {m.Engine} p={m.Parallelism}: ")
                        + Compare(results[0].Csv, csv));
                }

                File.Delete(path);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine("| rows | file (MB) | engine | parallelism | best (s) | median (s) | rows/s | MB/s "
            + "| CPU per run (s) | peak working set (MB) | allocated per run |");
        Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    /// <summary>The child of <see cref="Run"/>: <c>gtd-measure path parallelism runs out.csv</c>; prints one JSON line.</summary>
    public static int Measure(string[] args)
    {
        var path = args[0];
        var parallelism = int.Parse(args[1], CultureInfo.InvariantCulture);
        var runs = int.Parse(args[2], CultureInfo.InvariantCulture);
        var options = new GtdAggregationOptions { Parallelism = parallelism };
        GtdAggregation result = GtdEventAggregator.Aggregate(path, "events.csv", options); // warm-up: JIT, page cache
        var times = new List<double>();
        long allocated = 0;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var cpu = self.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            result = GtdEventAggregator.Aggregate(path, "events.csv", options);
            times.Add(clock.Elapsed.TotalSeconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        self.Refresh();
        var cpuPerRun = (self.TotalProcessorTime - cpu).TotalSeconds / runs;

        times.Sort();
        using (var csv = new StreamWriter(args[3]))
        {
            csv.WriteLine("key,year,incidents,deaths,injuries,bands,deaths_unknown,injuries_unknown,property_unknown");
            foreach (var s in result.Summaries)
            {
                csv.WriteLine(Text($"{Quote(s.Code ?? s.Name!)},{s.Year},{s.Incidents},{s.Deaths:R},{s.Injuries:R},")
                    + Text($"{s.PropertyBandSum},{s.DeathsUnknown},{s.InjuriesUnknown},{s.PropertyUnknown}"));
            }
        }

        self.Refresh();
        var m = new Measurement("gpsi", result.Rows, parallelism, times[0], times[times.Count / 2], 0, 0, cpuPerRun,
            self.PeakWorkingSet64, allocated, result.Summaries.Count, result.Summaries.Sum(s => (long)s.Incidents),
            result.Summaries.Sum(s => s.Deaths), result.Summaries.Sum(s => s.Injuries),
            result.Summaries.Sum(s => s.PropertyBandSum));
        Console.WriteLine(JsonSerializer.Serialize(m, Json));
        return 0;
    }

    private static Measurement Child(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}");
        }

        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        return JsonSerializer.Deserialize<Measurement>(last, Json) ?? throw new InvalidOperationException(output);
    }

    /// <summary>Compares two per-country-year CSVs exactly (integers and the doubles' shortest round-trip text).</summary>
    private static string Compare(string a, string b)
    {
        var left = File.ReadAllLines(a).Skip(1).Order(StringComparer.Ordinal).ToList();
        var right = File.ReadAllLines(b).Skip(1).Order(StringComparer.Ordinal).ToList();
        var differing = left.Except(right).Count() + right.Except(left).Count();
        return differing == 0 && left.Count == right.Count
            ? Text($"identical ({left.Count} country-years × incidents, deaths, injuries, bands, 3 unknown counts)")
            : Text($"DIFFERENT: {differing} lines differ ({left.Count} vs {right.Count} country-years)");
    }

    private static string Row(Measurement m, double megabytes) => string.Concat(
        Text($"| {m.Rows:N0} | {megabytes:F1} | {(m.Engine == "gpsi" ? "GPSI GtdEventAggregator" : m.Engine)} "),
        Text($"| {m.Parallelism} | {m.BestSeconds:F3} | {m.MedianSeconds:F3} | {m.Rows / m.BestSeconds:N0} "),
        Text($"| {megabytes / m.BestSeconds:F0} | {m.CpuSecondsPerRun:F3} | {m.PeakWorkingSetBytes / 1e6:F1} "),
        Text($"| {(m.Engine == "gpsi" ? $"{m.AllocatedBytesPerRun:N0} B" : "n/a")} |"));

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal)
        ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : s;

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Self() => Environment.ProcessPath ?? throw new InvalidOperationException("no process path");

    /// <summary>When run as <c>dotnet Gpsi.Benchmarks.dll</c>, the child needs the dll as its first argument.</summary>
    private static string[] SelfArgs() =>
        Path.GetFileNameWithoutExtension(Self()) == "dotnet" ? [typeof(GtdIngestRun).Assembly.Location] : [];

    private static string Python() =>
        Environment.GetEnvironmentVariable("GPSI_PYTHON") is { Length: > 0 } configured ? configured
        : File.Exists("/usr/bin/python3") ? "/usr/bin/python3" // Debian's python3-pandas lives here
        : "python3";

    private static string Script()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "bench", "pandas", "gtd_ingest.py");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("bench/pandas/gtd_ingest.py not found above the working directory");
    }
}
