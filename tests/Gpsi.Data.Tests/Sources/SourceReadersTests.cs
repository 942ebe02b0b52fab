using Gpsi.Core.Diagnostics;
using Gpsi.Data.Sources;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources;

public sealed class SourceReadersTests
{
    private sealed class FakeReader(string format) : ISourceReader
    {
        public string Format => format;

        public SourceReadResult Read(SourceEntry entry, string path, string displayPath) =>
            new([new SourceRecord("AAA", null, "fake", 2000, 1, null, null, default, [])], []);
    }

    [Fact]
    public void Default_HasEveryDataFormatsReader() =>
        SourceReaders.Default.Formats.ShouldBe(["generic-long", "gho-odata", "gtd-events", "itu-gci", "owid-long",
            "rdatasets-grid", "sdmx-csv", "wgi-long", "who-gho", "wjp-wide", "worldbank-json"]);

    [Fact]
    public void With_AddsAndReplacesWithoutChangingTheOriginal()
    {
        var more = SourceReaders.Empty.With(new FakeReader(SourceFormats.GtdEvents))
            .With(new FakeReader("owid-long"));
        more.Find(SourceFormats.GtdEvents).ShouldBeOfType<FakeReader>();
        more.Find(SourceFormats.OwidLong).ShouldBeOfType<FakeReader>();
        SourceReaders.Default.With(new FakeReader("owid-long")).Find(SourceFormats.OwidLong).ShouldBeOfType<FakeReader>();
        SourceReaders.Default.Find(SourceFormats.GtdEvents).ShouldBeOfType<Gpsi.Data.Sources.Readers.GtdEventReader>();
        SourceReaders.Default.Find(SourceFormats.OwidLong).ShouldNotBeOfType<FakeReader>();
        SourceReaders.Empty.Formats.ShouldBeEmpty();
    }

    [Fact]
    public void Read_FormatWithoutReader_IsADiagnostic()
    {
        var entry = Entry(SourceFormats.GtdEvents, null, Series("x", "nkill"));
        var d = SourceReaders.Empty.Read(entry, SharedData.Root).Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location, d.Found).ShouldBe(("source.no-reader",
            new SourceLocation("test.csv", Field: "source test-source, format"), "gtd-events"));
        d.Message.ShouldContain("no reader is registered");
    }

    [Fact]
    public void Read_DescriptiveFormat_SaysItHoldsNoSeries()
    {
        var entry = SourceCatalogue.Default.Find("natural-earth-countries-110m")!;
        SourceReaders.Default.Read(entry, SharedData.Root).Diagnostics.ShouldHaveSingleItem().Message
            .ShouldContain("it holds no series");
    }

    [Fact]
    public void Read_ResolvesTheFileUnderTheDataFolderAndNamesItAsTheCatalogueDoes()
    {
        var entry = SourceCatalogue.Default.Find("itu-gci-2017")! with { Options = Map("year", "2017", "name-colum", "x") };
        var d = SourceReaders.Default.Read(entry, SharedData.Root).Diagnostics.ShouldHaveSingleItem();
        d.Location!.File.ShouldBe("cyber/itu_gci_2017.csv");
    }
}
