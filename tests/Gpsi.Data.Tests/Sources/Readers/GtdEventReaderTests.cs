using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class GtdEventReaderTests : IDisposable
{
    private const string Display = "events.csv";
    private readonly GtdFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static GtdAggregation Aggregate(string path, int parallelism = 1, int maxDiagnostics = 1000) =>
        GtdEventAggregator.Aggregate(path, Display,
            new GtdAggregationOptions { Parallelism = parallelism, MaxDiagnostics = maxDiagnostics });

    private static List<Diagnostic> Problems(GtdAggregation a) => [.. a.Diagnostics.Where(d => d.Code != "gtd.summary")];

    private static GtdYearSummary Single(GtdAggregation a, string key, int year) =>
        a.Summaries.Single(s => (s.Code ?? s.Name) == key && s.Year == year);

    private static SourceEntry Entry(params SeriesEntry[] series) => new("gtd-events-subset", "GTD events",
        "START", "https://example.org", "GTD terms", "events/gtd_events_2012_2017_subset.csv", SourceFormats.GtdEvents,
        "0718", series, "", new Dictionary<string, string>());

    private static SeriesEntry Series(string indicator, string column, double scale = 1,
        Dictionary<string, string>? filter = null) =>
        new(indicator, column, "count", ValueKind.Count, 0, null, scale, filter ?? [], "2012-2017");

    // ---- the real file (expected numbers computed independently with python3's csv module) ----

    [Fact]
    public void Aggregate_RealFile_TotalsMatchPython()
    {
        var a = Aggregate(SharedData.GtdEvents);
        Problems(a).ShouldBeEmpty();
        a.Rows.ShouldBe(76_913);
        a.RowsAggregated.ShouldBe(76_913);
        a.Summaries.Count.ShouldBe(588);
        a.Summaries.Select(s => s.Code).Distinct().Count().ShouldBe(145);
        a.Summaries.Sum(s => s.Incidents).ShouldBe(76_913);
        a.Summaries.Sum(s => s.Deaths).ShouldBe(182_429);
        a.Summaries.Sum(s => s.Injuries).ShouldBe(213_232);
        a.Summaries.Sum(s => s.PropertyBandSum).ShouldBe(232);
        a.Summaries.Sum(s => s.DeathsUnknown).ShouldBe(3_779);
        a.Summaries.Sum(s => s.InjuriesUnknown).ShouldBe(6_399);
        a.Summaries.Sum(s => s.PropertyUnknown).ShouldBe(76_711);
        a.Diagnostics.Single(d => d.Code == "gtd.summary").Message.ShouldBe(
            "76913 of 76913 events aggregated into 588 country-years; nkill unknown in 3779, nwound unknown in 6399, "
            + "propvalue unknown in 76711.");
    }

    [Theory]
    [InlineData("IRQ", "Iraq", 2014, 3933, 13965, 165, 16804, 261, 4, 3931)]
    [InlineData("AFG", "Afghanistan", 2015, 1928, 6216, 87, 6987, 166, 1, 1927)]
    [InlineData("NGA", "Nigeria", 2012, 616, 1508, 25, 913, 58, 1, 615)] // nwound has two 8.5 values
    [InlineData("FRA", "France", 2015, 37, 162, 0, 443, 0, 0, 37)]
    [InlineData("USA", "United States", 2017, 65, 95, 0, 932, 0, 2, 63)]
    [InlineData("IND", "India", 2012, 611, 264, 20, 651, 24, 6, 605)]
    [InlineData("THA", "Thailand", 2012, 279, 209, 0, 1055, 1, 5, 276)]
    public void Aggregate_RealFile_CountryYearMatchesPython(string code, string name, int year, int incidents,
        double deaths, int deathsUnknown, double injuries, int injuriesUnknown, long bands, int propertyUnknown)
    {
        var s = Single(Aggregate(SharedData.GtdEvents), code, year);
        s.ShouldBe(new GtdYearSummary(code, name, year, incidents, deaths, deathsUnknown, injuries, injuriesUnknown,
            bands, propertyUnknown));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(16)]
    public void Aggregate_RealFileInParallel_EqualsSequential(int parallelism)
    {
        var sequential = Aggregate(SharedData.GtdEvents);
        var parallel = Aggregate(SharedData.GtdEvents, parallelism);
        parallel.Summaries.ShouldBe(sequential.Summaries);
        parallel.Diagnostics.ShouldBe(sequential.Diagnostics);
        parallel.Rows.ShouldBe(sequential.Rows);
    }

    [Fact]
    public void Read_RealFile_GivesOneDerivedRecordPerCountryYearAndSeries()
    {
        var entry = Entry(Series("gtd_event_incidents", "incidents"), Series("gtd_event_deaths", "nkill"),
            Series("gtd_event_injuries", "nwound"), Series("gtd_event_property_band", "propvalue_band"));
        var result = new GtdEventReader().Read(entry, SharedData.GtdEvents, Display);
        result.Diagnostics.Where(d => d.Severity != Severity.Info).ShouldBeEmpty();
        // 588 country-years; 3 have no known nkill and 5 no known nwound, so those have no deaths/injuries record.
        result.Records.Count.ShouldBe(588 + 585 + 583 + 588);
        var iraq = result.Records.Where(r => r.EntityCode == "IRQ" && r.Year == 2014).ToList();
        iraq.Select(r => (r.Indicator, r.Value)).ShouldBe([("gtd_event_incidents", 3933), ("gtd_event_deaths", 13965),
            ("gtd_event_injuries", 16804), ("gtd_event_property_band", 4)]);
        iraq[1].ShouldBe(new SourceRecord("IRQ", "Iraq", "gtd_event_deaths", 2014, 13965, null, null,
            ObservationFlags.Derived, iraq[1].Transformations));
        iraq[1].Transformations.ShouldBe(["sum of nkill over 3933 events (nkill unknown in 165)"]);
        iraq[3].Transformations.ShouldBe(["sum of property-damage bands over 3933 events (<US$1m: 1, US$1m-<1bn: 2, "
            + ">=US$1bn: 3, unknown: 0; propvalue unknown in 3931)"]);
    }

    // ---- hand-made files ----

    [Fact]
    public void Aggregate_PropertyValues_GiveGtdBands()
    {
        var path = _files.Lines(
            "0,0,0,A,AAA,2015", // 1
            "0,0,999999.99,A,AAA,2015", // 1
            "0,0,1000000,A,AAA,2015", // 2
            "0,0,999999999.99,A,AAA,2015", // 2
            "0,0,1000000000,A,AAA,2015", // 3 (GTD: catastrophic ≥ US$1bn)
            "0,0,0000000000005000000000.00,A,AAA,2015", // 3
            "0,0,-99,A,AAA,2015", // unknown
            "0,0,-99.0,A,AAA,2015", // unknown
            "0,0,-9.9e1,A,AAA,2015", // unknown
            "0,0,,A,AAA,2015", // unknown
            "0,0,6e+05,A,AAA,2015", // 1 (the real file writes some values in R's exponent form)
            "0,0,1e+06,A,AAA,2015", // 2
            "0,0,0.1E10,A,AAA,2015", // 3
            "0,0,1e-300,A,AAA,2015", // 1
            "0,0,1e99999999,A,AAA,2015"); // 3
        var s = Single(Aggregate(path), "AAA", 2015);
        s.PropertyBandSum.ShouldBe(1 + 1 + 2 + 2 + 3 + 3 + 1 + 2 + 3 + 1 + 3);
        s.PropertyUnknown.ShouldBe(4);
        s.Incidents.ShouldBe(15);
    }

    [Fact]
    public void Aggregate_DecimalsAndBlanks_SumsExactlyOverKnownValues()
    {
        var path = _files.Lines("8.5,0.1,,A,AAA,2015", ",0.2,,A,AAA,2015", "1.25,,,A,AAA,2015",
            "007,0.000000001,,A,AAA,2015", "1.5e1,,,A,AAA,2015", "250e-2,-0,,A,AAA,2015");
        var s = Single(Aggregate(path), "AAA", 2015);
        Problems(Aggregate(path)).ShouldBeEmpty();
        s.Deaths.ShouldBe(16.75 + 15 + 2.5);
        s.DeathsUnknown.ShouldBe(1);
        s.Injuries.ShouldBe(0.300000001); // exact decimal sum rounded once (0.1 + 0.2 in doubles is 0.30000000000000004)
        s.InjuriesUnknown.ShouldBe(2);
    }

    [Fact]
    public void Aggregate_QuotedNamesWithCommasAndQuotes_GroupByNameWhenNoCode()
    {
        var path = _files.Lines(
            "1,0,,\"Korea, South\",,2015",
            "\"2\",1,,\"Korea, South\",\"\",2015",
            "3,0,,\"Cote d\"\"Ivoire\",,2015",
            "4,0,,\"Korea, South\",KOR,2015");
        var a = Aggregate(path);
        Problems(a).ShouldBeEmpty();
        a.Summaries.ShouldBe([
            new GtdYearSummary(null, "Cote d\"Ivoire", 2015, 1, 3, 0, 0, 0, 0, 1),
            new GtdYearSummary("KOR", "Korea, South", 2015, 1, 4, 0, 0, 0, 0, 1),
            new GtdYearSummary(null, "Korea, South", 2015, 2, 3, 0, 1, 0, 0, 2),
        ]);
    }

    [Fact]
    public void Aggregate_CodeWithSeveralNames_KeepsTheFirstName()
    {
        var path = _files.Lines("1,0,,,PSE,2015", "1,0,,West Bank and Gaza Strip,PSE,2015", "1,0,,Palestine,PSE,2015",
            "1,0,,Palestine,PSE,2016");
        var a = Aggregate(path);
        a.Summaries.Select(s => (s.Name, s.Year, s.Incidents)).ShouldBe([((string?)null, 2015, 3), ("Palestine", 2016, 1)]);
    }

    [Fact]
    public void Aggregate_CrlfBomAndNoFinalNewline_SameAsLf()
    {
        string[] lines = ["1,2,,Iraq,IRQ,2014", "3,,500,\"Iraq\",IRQ,2014", "", "0,1,-99,Peru,PER,2013"];
        var lf = Aggregate(_files.Lines(lines));
        var crlf = Aggregate(_files.Write("\uFEFF" + GtdFiles.Header + "\r\n" + string.Join("\r\n", lines)));
        crlf.Summaries.ShouldBe(lf.Summaries);
        crlf.Rows.ShouldBe(3);
        lf.Summaries.ShouldBe([new GtdYearSummary("IRQ", "Iraq", 2014, 2, 4, 0, 2, 1, 1, 1),
            new GtdYearSummary("PER", "Peru", 2013, 1, 0, 0, 1, 0, 0, 1)]);
    }

    [Fact]
    public void Aggregate_ColumnsInAnotherOrderWithExtras_AreFoundByName()
    {
        var path = _files.Write("year,extra,iso3,country_gtd,propvalue,nwound,nkill\n2016,x,IRQ,Iraq,2000000,5,7\n");
        Aggregate(path).Summaries.ShouldBe([new GtdYearSummary("IRQ", "Iraq", 2016, 1, 7, 0, 5, 0, 2, 0)]);
    }

    // ---- bad input: exact file:line:column ----

    [Theory]
    [InlineData("x,1,,Iraq,IRQ,2014", "gtd.not-a-number", 1, "nkill", "x", true)]
    [InlineData("1e,1,,Iraq,IRQ,2014", "gtd.not-a-number", 1, "nkill", "1e", true)]
    [InlineData(".,1,,Iraq,IRQ,2014", "gtd.not-a-number", 1, "nkill", ".", true)]
    [InlineData("1e10,1,,Iraq,IRQ,2014", "gtd.out-of-range", 1, "nkill", "1e10", true)]
    [InlineData("1.0000000001,1,,Iraq,IRQ,2014", "gtd.out-of-range", 1, "nkill", "1.0000000001", true)]
    [InlineData("-3,1,,Iraq,IRQ,2014", "gtd.negative", 1, "nkill", "-3", true)]
    [InlineData("1234567890,1,,Iraq,IRQ,2014", "gtd.out-of-range", 1, "nkill", "1234567890", true)]
    [InlineData("1,-2,,Iraq,IRQ,2014", "gtd.negative", 2, "nwound", "-2", true)]
    [InlineData("1,2.3.4,,Iraq,IRQ,2014", "gtd.not-a-number", 2, "nwound", "2.3.4", true)]
    [InlineData("1,2,-5,Iraq,IRQ,2014", "gtd.negative", 3, "propvalue", "-5", true)]
    [InlineData("1,2,12 000,Iraq,IRQ,2014", "gtd.not-a-number", 3, "propvalue", "12 000", true)]
    [InlineData("1,2,,Iraq,IRQ,20x4", "gtd.year", 6, "year", "20x4", false)]
    [InlineData("1,2,,Iraq,IRQ,", "gtd.year", 6, "year", "", false)]
    [InlineData("1,2,,Iraq,IRQ,201:", "gtd.year", 6, "year", "201:", false)]
    [InlineData("1,2,,Iraq,IRQ,2/14", "gtd.year", 6, "year", "2/14", false)]
    [InlineData("1,2,,Iraq,IRQ,0000", "gtd.year", 6, "year", "0000", false)]
    [InlineData("1,2,,Iraq,IRQ,20145", "gtd.year", 6, "year", "20145", false)]
    [InlineData("1,2,,,,2014", "gtd.missing-entity", 5, "iso3", "", false)]
    [InlineData("1,2,,Iraq,IRQ", "gtd.field-count", 6, null, "1,2,,Iraq,IRQ", false)]
    [InlineData("1,2,,Iraq,IRQ,2014,7", "gtd.field-count", 7, null, "1,2,,Iraq,IRQ,2014,7", false)]
    [InlineData("1,2,,\"Iraq,IRQ,2014", "gtd.unterminated-quote", 4, "country_gtd", "1,2,,\"Iraq,IRQ,2014", false)]
    [InlineData("1,2,,\"Iraq\"q,IRQ,2014", "gtd.after-quote", 4, "country_gtd", "1,2,,\"Iraq\"q,IRQ,2014", false)]
    public void Aggregate_BadCell_IsADiagnosticAtFileLineColumn(string bad, string code, int column, string? name,
        string found, bool rowStillCounts)
    {
        var path = _files.Write(GtdFiles.Header + "\r\n1,1,,Iraq,IRQ,2014\r\n\r\n" + bad + "\r\n2,2,,Iraq,IRQ,2014");
        var a = Aggregate(path);
        var d = Problems(a).ShouldHaveSingleItem();
        d.Severity.ShouldBe(Severity.Error);
        d.Code.ShouldBe(code);
        d.Location.ShouldBe(new SourceLocation(Display, 4, column, name is null ? null : $"column '{name}'"));
        d.Found.ShouldBe(found);
        a.Rows.ShouldBe(3);
        a.RowsAggregated.ShouldBe(rowStillCounts ? 3 : 2);
        var iraq = Single(a, "IRQ", 2014);
        iraq.Incidents.ShouldBe(rowStillCounts ? 3 : 2);
        iraq.DeathsUnknown.ShouldBe(rowStillCounts && column == 1 ? 1 : 0);
        iraq.Deaths.ShouldBe(rowStillCounts && column != 1 ? 4 : 3);
    }

    [Fact]
    public void Aggregate_TooManyProblems_KeepsTheFirstAndCountsTheRest()
    {
        var path = _files.Lines([.. Enumerable.Range(0, 10).Select(i => $"x{i},0,,Iraq,IRQ,2014")]);
        foreach (var parallelism in new[] { 1, 3 })
        {
            var a = Aggregate(path, parallelism, maxDiagnostics: 3);
            a.Diagnostics.Select(d => (d.Code, d.Location?.Line, d.Found)).ShouldBe([
                ("gtd.not-a-number", 2, "x0"), ("gtd.not-a-number", 3, "x1"), ("gtd.not-a-number", 4, "x2"),
                ("gtd.more-problems", null, null), ("gtd.summary", null, null)]);
            a.Diagnostics[3].Message.ShouldStartWith("7 more problems");
            Single(a, "IRQ", 2014).DeathsUnknown.ShouldBe(10);
        }
    }

    [Fact]
    public void Aggregate_MissingColumn_IsAHeaderError()
    {
        var a = Aggregate(_files.Write("nkill,nwound,country_gtd,iso3,year\n1,2,Iraq,IRQ,2014\n"));
        a.Summaries.ShouldBeEmpty();
        var d = a.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("gtd.header");
        d.Message.ShouldContain("propvalue");
        d.Location.ShouldBe(new SourceLocation(Display, 1));
    }

    [Fact]
    public void Aggregate_EmptyOrMissingFile_IsADiagnostic()
    {
        Aggregate(_files.Write("")).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("gtd.empty");
        var missing = Aggregate(Path.Combine(Path.GetTempPath(), "gpsi-no-such-" + Guid.NewGuid().ToString("N")));
        missing.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("gtd.unreadable");
    }

    [Fact]
    public void Aggregate_HeaderOnly_GivesNothing()
    {
        var a = Aggregate(_files.Write(GtdFiles.Header));
        a.Summaries.ShouldBeEmpty();
        a.Rows.ShouldBe(0);
        Problems(a).ShouldBeEmpty();
    }

    [Fact]
    public void Aggregate_LineLongerThanTheBuffer_IsRead()
    {
        var name = new string('n', 5000);
        var path = _files.Lines($"1,0,,\"{name}\",,2015", "2,0,,Peru,PER,2015");
        var a = GtdEventAggregator.Aggregate(path, Display, new GtdAggregationOptions { BufferSize = 64 });
        a.Summaries.Select(s => (s.Name, s.Deaths)).ShouldBe([("Peru", 2), (name, 1)]); // ordinal: 'P' < 'n'
    }

    [Fact]
    public void Aggregate_LinesAroundTheVectorWindow_SplitCorrectly()
    {
        // Lines of 16 to 80 bytes, i.e. either side of the 32- and 64-byte windows of the vectorised split, with
        // and without quotes; the last line also ends the file without a line break.
        var lengths = Enumerable.Range(1, 65).ToList();
        var lines = lengths.Select(n => $"{n},1,5,{new string('x', n)},,2015").ToList();
        lines.AddRange(lengths.Select(n => $"{n},1,5,\"{new string('y', n)}\",,2015"));
        var path = _files.Write(GtdFiles.Header + "\n" + string.Join("\n", lines));
        var a = Aggregate(path);
        Problems(a).ShouldBeEmpty();
        a.Summaries.Count.ShouldBe(130);
        a.Summaries.ShouldAllBe(s => s.Deaths == s.Name!.Length && s.Injuries == 1 && s.PropertyBandSum == 1);
    }

    // ---- the reader's catalogue mapping ----

    [Fact]
    public void Read_UnknownColumnOrFilter_IsASeriesErrorAndScaleIsApplied()
    {
        var path = _files.Lines("3,0,,Iraq,IRQ,2014", "5,0,,Iraq,IRQ,2014");
        var entry = Entry(Series("deaths_k", "nkill", scale: 0.001), Series("bad", "killed"),
            Series("filtered", "nkill", filter: new() { ["sex"] = "both" }));
        var result = new GtdEventReader().Read(entry, path, Display);
        var errors = result.Diagnostics.Where(d => d.Code == "gtd.series").ToList();
        errors.Select(e => e.Location!.Field).ShouldBe(["gtd-events-subset: series[1].column",
            "gtd-events-subset: series[2].filter"]);
        errors[0].Found.ShouldBe("killed");
        var record = result.Records.ShouldHaveSingleItem();
        record.Value.ShouldBe(0.008);
        record.Transformations.ShouldBe(["sum of nkill over 2 events (nkill unknown in 0)", "×0.001"]);
    }
}
