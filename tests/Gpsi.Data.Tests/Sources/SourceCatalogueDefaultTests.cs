using System.Diagnostics;
using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;

namespace Gpsi.Data.Tests.Sources;

public sealed class SourceCatalogueDefaultTests
{
    private static readonly SourceCatalogue Catalogue = SourceCatalogue.Default;

    [Fact]
    public void Read_RepositoryFile_HasNoDiagnosticsAndMatchesTheEmbeddedOne()
    {
        var diagnostics = new List<Diagnostic>();
        var read = SourceCatalogue.Read(RepositoryFiles.Catalogue, diagnostics);
        diagnostics.ShouldBeEmpty(string.Join("\n", diagnostics));
        read.ShouldNotBeNull();
        read.Sources.Select(s => s.Id).ShouldBe(Catalogue.Sources.Select(s => s.Id));
        read.Sources.Count.ShouldBe(44);
        read.Sources.Sum(s => s.Series.Count).ShouldBe(Catalogue.Sources.Sum(s => s.Series.Count));
    }

    [Fact]
    public void Default_EveryFileOfTheSharedData_HasExactlyOneEntry()
    {
        var files = Directory.EnumerateFiles(SharedData.Root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not ("PROVENANCE.md" or "README.md"))
            .Select(f => Path.GetRelativePath(SharedData.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        files.Count.ShouldBe(44);
        var catalogued = Catalogue.Sources.Select(s => s.File).Order(StringComparer.Ordinal).ToList();
        catalogued.ShouldBe(files);
    }

    [Fact]
    public void Default_EveryEntryFile_Exists() =>
        Catalogue.Sources.Where(s => !File.Exists(Path.Combine(SharedData.Root, s.File)))
            .Select(s => s.Id).ShouldBeEmpty();

    [Fact]
    public void Default_EverySeriesColumnAndFilter_IsInItsFilesHeader()
    {
        var problems = new List<string>();
        foreach (var source in Catalogue.Sources.Where(s => s.Series.Count > 0))
        {
            var diagnostics = new List<Diagnostic>();
            var table = CsvTable.Read(Path.Combine(SharedData.Root, source.File), diagnostics)
                ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
            foreach (var series in source.Series)
            {
                var known = source.Format == SourceFormats.GtdEvents
                    ? GtdEventReader.MeasureColumns.ContainsKey(series.Column) // aggregated measures, not header columns
                    : table.ColumnOf(series.Column) >= 0;
                if (!known)
                {
                    problems.Add($"{series.Indicator}: column '{series.Column}'");
                }

                foreach (var (column, value) in series.Filter)
                {
                    var index = table.ColumnOf(column);
                    if (index < 0 || !table.Rows.Any(r => r.Fields[index] == value))
                    {
                        problems.Add($"{series.Indicator}: filter {column} = {value}");
                    }
                }
            }

            foreach (var (key, column) in source.Options.Where(o => o.Key.EndsWith("-column", StringComparison.Ordinal)))
            {
                if (table.ColumnOf(column) < 0)
                {
                    problems.Add($"{source.Id}: option {key} = {column}");
                }
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Default_DataFormatsHaveSeriesAndDescriptiveFormatsNone()
    {
        foreach (var source in Catalogue.Sources)
        {
            (source.Series.Count > 0).ShouldBe(SourceFormats.HasSeries(source.Format), source.Id);
        }

        Catalogue.Sources.Count(s => s.Format == SourceFormats.Reference).ShouldBe(7);
        Catalogue.Sources.Count(s => s.Format == SourceFormats.TopoJson).ShouldBe(3);
        Catalogue.Sources.Count(s => s.Format == SourceFormats.Coinr).ShouldBe(6);
    }

    [Theory]
    [InlineData("homicide_rate", "unodc-homicide-owid")]
    [InlineData("conflict_deaths", "ucdp-conflict-deaths-owid")]
    [InlineData("wjp_f5_order_security", "wjp-rule-of-law")]
    [InlineData("wjp_f5_1_crime_controlled", "wjp-rule-of-law")]
    [InlineData("wjp_f5_2_civil_conflict_limited", "wjp-rule-of-law")]
    [InlineData("wjp_f5_3_no_violent_redress", "wjp-rule-of-law")]
    [InlineData("wjp_f8_criminal_justice", "wjp-rule-of-law")]
    [InlineData("terrorism_deaths", "gtd-fatalities-owid")]
    [InlineData("terrorism_incidents", "gtd-incidents-rdatasets")]
    [InlineData("terror_attacks_hostage_kidnapping", "gtd-attack-types-owid")]
    [InlineData("terror_attacks_hostage_barricade", "gtd-attack-types-owid")]
    [InlineData("gtd_event_incidents", "gtd-events-2012-2017")]
    [InlineData("gtd_event_property_band", "gtd-events-2012-2017")]
    [InlineData("political_stability", "wgi-political-stability")]
    [InlineData("gci_2017", "itu-gci-2017")]
    [InlineData("gci_2018", "itu-gci-2018")]
    [InlineData("gci_2020", "cyber-indexes-2020")]
    [InlineData("ncsi", "cyber-indexes-2020")]
    [InlineData("cei", "cyber-indexes-2020")]
    [InlineData("road_death_rate", "who-road-death-rate")]
    [InlineData("road_death_rate_low", "who-road-death-rate")]
    [InlineData("road_deaths", "who-road-deaths")]
    [InlineData("population", "population-gapminder-un-owid")]
    [InlineData("wgi_rule_of_law", "wgi-all")]
    [InlineData("disaster_death_rate", "emdat-disasters-owid")]
    [InlineData("hunger_index", "ghi-2021-owid")]
    public void FindIndicator_FrameworkIndicators_AreCatalogued(string indicator, string sourceId)
    {
        var found = Catalogue.FindIndicator(indicator);
        found.ShouldNotBeNull();
        found.Value.Source.Id.ShouldBe(sourceId);
        found.Value.Series.Indicator.ShouldBe(indicator);
    }

    [Fact]
    public void Default_CeiNotes_SayItHasNoKnownPublisherAndStaysOutOfTheIndex()
    {
        var notes = Catalogue.Find("cyber-indexes-2020")!.Notes;
        notes.ShouldContain("no known publisher");
        notes.ShouldContain("must stay out of the index");
    }

    [Fact]
    public void Default_GciEditionsPublishedOn01_AreScaledTo100()
    {
        foreach (var id in new[] { "itu-gci-2017", "itu-gci-2018" })
        {
            var series = Catalogue.Find(id)!.Series.ShouldHaveSingleItem();
            series.Scale.ShouldBe(100);
            series.Unit.ShouldBe("0-100");
            (series.Min, series.Max).ShouldBe((0d, 100d));
        }
    }

    [Fact]
    public void Find_UnknownId_IsNull()
    {
        Catalogue.Find("nope").ShouldBeNull();
        Catalogue.Find("UNODC-HOMICIDE-OWID").ShouldBeNull();
        Catalogue.FindIndicator("nope").ShouldBeNull();
    }

    /// <summary>
    /// Every entry with a reader here reads without errors, gives records for every series, and matches the counts,
    /// sums, blank codes and estimate flags that expected_series.py computes independently with Python's csv module.
    /// </summary>
    [Fact]
    public void Read_EveryDefaultEntry_MatchesTheIndependentPythonCounts()
    {
        var expected = ExpectedSeries();
        var checkedSeries = 0;
        foreach (var source in Catalogue.Sources.Where(s => SourceReaders.Default.Find(s.Format) is not null))
        {
            var result = SourceReaders.Default.Read(source, SharedData.Root);
            result.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty(source.Id);
            foreach (var series in source.Series)
            {
                var records = result.Records.Where(r => r.Indicator == series.Indicator).ToList();
                records.Count.ShouldBeGreaterThan(0, series.Indicator);
                var (count, blankCode, estimated, sum) = expected[series.Indicator];
                records.Count.ShouldBe(count, series.Indicator);
                records.Count(r => r.EntityCode is null).ShouldBe(blankCode, series.Indicator);
                records.Count(r => r.Flags.HasFlag(Core.Observations.ObservationFlags.Estimated))
                    .ShouldBe(estimated, series.Indicator);
                records.Sum(r => r.Value).ShouldBe(sum, 1e-9 * Math.Max(1, Math.Abs(sum)), series.Indicator);
                checkedSeries++;
            }
        }

        checkedSeries.ShouldBe(expected.Count);
    }

    /// <summary>
    /// Reads every default entry and counts the records. Speed is measured by the benchmark suite, not here
    /// (docs/performance.md).
    /// </summary>
    [Fact]
    public void Read_EveryDefaultEntry_YieldsEveryRecord()
    {
        var readable = Catalogue.Sources.Where(s => SourceReaders.Default.Find(s.Format) is not null).ToList();
        var records = readable.Sum(s => SourceReaders.Default.Read(s, SharedData.Root).Records.Count);
        records.ShouldBe(494_338 + 588 + 585 + 583 + 588); // table files + the GTD event series (expected_series.csv)
    }

    private static Dictionary<string, (int Count, int BlankCode, int Estimated, double Sum)> ExpectedSeries()
    {
        var diagnostics = new List<Diagnostic>();
        var table = CsvTable.Read(RepositoryFiles.Here("expected_series.csv"), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
        return table.Rows.ToDictionary(r => r.Fields[0], r => (
            int.Parse(r.Fields[1], CultureInfo.InvariantCulture),
            int.Parse(r.Fields[2], CultureInfo.InvariantCulture),
            int.Parse(r.Fields[3], CultureInfo.InvariantCulture),
            double.Parse(r.Fields[4], CultureInfo.InvariantCulture)));
    }
}
