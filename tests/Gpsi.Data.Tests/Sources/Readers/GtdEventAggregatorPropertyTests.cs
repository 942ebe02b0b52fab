using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gpsi.Data.Sources.Readers;

namespace Gpsi.Data.Tests.Sources.Readers;

/// <summary>
/// The aggregator against a naive LINQ aggregation (decimal arithmetic) of randomly generated rows, written with
/// random quoting, LF or CRLF, blank lines and with or without a final line break; and parallel = sequential.
/// </summary>
public sealed class GtdEventAggregatorPropertyTests : IDisposable
{
    private readonly GtdFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>A cell as written and the value it stands for (null = unknown).</summary>
    private sealed record Cell(string Text, decimal? Value);

    private sealed record Row(Cell Kill, Cell Wound, Cell Property, string Name, string Code, int Year, int Quoting);

    private sealed record EventFile(List<Row> Rows, bool Crlf, bool FinalNewline, int BlankLineEvery);

    private static readonly Gen<Cell> Count = Gen.Frequency(
        (1, Gen.Constant(new Cell("", null))),
        (6, Gen.Choose(0, 60).Select(i => new Cell(i.ToString(CultureInfo.InvariantCulture), i))),
        (2, Gen.Zip(Gen.Choose(0, 5000), Gen.Elements("0.##", "0.00", "000.0#")).Select(t =>
        {
            var value = t.Item1 / 100m;
            return new Cell(value.ToString(t.Item2, CultureInfo.InvariantCulture), value);
        })),
        (1, Gen.Zip(Gen.Choose(1, 9), Gen.Choose(-2, 3)).Select(t =>
            new Cell(string.Create(CultureInfo.InvariantCulture, $"{t.Item1}e{(t.Item2 < 0 ? "-" : "+")}{Math.Abs(t.Item2):D2}"),
                t.Item1 * Pow10(t.Item2)))));

    private static readonly Gen<Cell> Property = Gen.Frequency(
        (3, Gen.Constant(new Cell("", null))),
        (3, Gen.Constant(new Cell("-99", null))),
        (3, Gen.Choose(0, int.MaxValue).Select(i => new Cell(i.ToString(CultureInfo.InvariantCulture), i))),
        (2, Gen.Choose(0, 2_000_000).Select(i => new Cell((i / 100m).ToString(CultureInfo.InvariantCulture), i / 100m))),
        (2, Gen.Elements("0", "999999.99", "1000000", "999999999.99", "1000000000", "6e+05", "1e+06", "1e+09",
            "25000000000").Select(t => new Cell(t, decimal.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture)))));

    private static readonly Gen<Row> Rows =
        from kill in Count
        from wound in Count
        from property in Property
        from name in Gen.Elements("Alpha", "Beta, the", "Ga\"mma", "", "Ünïcode land")
        from code in Gen.Elements("AAA", "BBB", "CCC", "")
        from year in Gen.Elements(2012, 2013, 1999)
        from quoting in Gen.Choose(0, 63)
        select new Row(kill, wound, property, name.Length == 0 && code.Length == 0 ? "Alpha" : name, code, year,
            quoting);

    private static readonly Gen<EventFile> Files =
        from rows in Gen.ListOf(Rows)
        from crlf in Gen.Elements(true, false)
        from final in Gen.Elements(true, false)
        from blank in Gen.Elements(0, 0, 3, 7)
        select new EventFile([.. rows], crlf, final, blank);

    private static decimal Pow10(int e) => e >= 0 ? (decimal)Math.Pow(10, e) : 1m / (decimal)Math.Pow(10, -e);

    private static string Field(string text, bool quote) =>
        quote || text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    private string Write(EventFile file)
    {
        var newline = file.Crlf ? "\r\n" : "\n";
        var text = new StringBuilder(GtdFiles.Header);
        for (var i = 0; i < file.Rows.Count; i++)
        {
            var r = file.Rows[i];
            text.Append(newline);
            if (file.BlankLineEvery > 0 && i % file.BlankLineEvery == 0)
            {
                text.Append(newline);
            }

            string[] cells = [r.Kill.Text, r.Wound.Text, r.Property.Text, r.Name, r.Code,
                r.Year.ToString(CultureInfo.InvariantCulture)];
            text.AppendJoin(',', cells.Select((c, k) => Field(c, (r.Quoting & (1 << k)) != 0)));
        }

        if (file.FinalNewline)
        {
            text.Append(newline);
        }

        return _files.Write(text.ToString());
    }

    private static int Band(decimal value) => value < 1_000_000m ? 1 : value < 1_000_000_000m ? 2 : 3;

    private static double Exact(decimal sum) => double.Parse(sum.ToString(CultureInfo.InvariantCulture),
        CultureInfo.InvariantCulture);

    private static List<GtdYearSummary> Naive(List<Row> rows) =>
    [
        .. rows
            .GroupBy(r => (ByName: r.Code.Length == 0, Key: r.Code.Length == 0 ? r.Name : r.Code, r.Year))
            .OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.ByName).ThenBy(g => g.Key.Year)
            .Select(g => new GtdYearSummary(
                g.Key.ByName ? null : g.Key.Key,
                g.Key.ByName ? g.Key.Key : g.First().Name.Length == 0 ? null : g.First().Name,
                g.Key.Year,
                g.Count(),
                Exact(g.Sum(r => r.Kill.Value ?? 0)),
                g.Count(r => r.Kill.Value is null),
                Exact(g.Sum(r => r.Wound.Value ?? 0)),
                g.Count(r => r.Wound.Value is null),
                g.Sum(r => r.Property.Value is { } v ? Band(v) : 0),
                g.Count(r => r.Property.Value is null))),
    ];

    [Fact]
    public void Aggregate_RandomRows_EqualsNaiveLinqAggregation()
    {
        Prop.ForAll(Files.ToArbitrary(), file =>
        {
            var a = GtdEventAggregator.Aggregate(Write(file), "random.csv");
            a.Diagnostics.Where(d => d.Code != "gtd.summary").ShouldBeEmpty();
            a.Rows.ShouldBe(file.Rows.Count);
            a.Summaries.ShouldBe(Naive(file.Rows));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Aggregate_RandomRowsInParallelWithSmallBuffers_EqualsSequential()
    {
        var cases =
            from f in Files
            from p in Gen.Choose(2, 6)
            from b in Gen.Elements(16, 40, 1 << 18)
            select (File: f, Parallelism: p, Buffer: b);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (file, parallelism, buffer) = c;
            var path = Write(file);
            // A few broken lines so that diagnostics, and their line numbers across ranges, are compared too.
            File.AppendAllText(path, (file.FinalNewline ? "" : "\n") + "x,1,,Alpha,AAA,2012\n1,2\n");
            var sequential = GtdEventAggregator.Aggregate(path, "random.csv");
            var parallel = GtdEventAggregator.Aggregate(path, "random.csv",
                new GtdAggregationOptions { Parallelism = parallelism, BufferSize = buffer });
            parallel.Summaries.ShouldBe(sequential.Summaries);
            parallel.Diagnostics.ShouldBe(sequential.Diagnostics);
            parallel.Rows.ShouldBe(sequential.Rows);
            sequential.Diagnostics.Count(d => d.Severity == Core.Diagnostics.Severity.Error).ShouldBe(2);
        }).QuickCheckThrowOnFailure();
    }
}
