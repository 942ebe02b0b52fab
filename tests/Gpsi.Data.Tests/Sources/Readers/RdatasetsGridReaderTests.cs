using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class RdatasetsGridReaderTests
{
    [Fact]
    public void Read_GtdIncidents_ZerosAreRecordsAndHistoricalStatesHaveNoCode()
    {
        var result = ReadShared("gtd-incidents-rdatasets");
        result.Diagnostics.ShouldBeEmpty();
        result.Records.Count.ShouldBe(10200);
        var iraq = result.Records.Single(r => r.EntityCode == "IRQ" && r.Year == 2014);
        (iraq.Value, iraq.Line, iraq.Column).ShouldBe((3934, 8858, 4));
        var afg = result.Records.Single(r => r.EntityCode == "AFG" && r.Year == 1970);
        afg.Value.ShouldBe(0);
        var ussr = result.Records.Single(r => r.Line == 4246);
        (ussr.EntityCode, ussr.EntityName, ussr.Value).ShouldBe((null, "Soviet Union", 36));
    }

    [Fact]
    public void Read_DefaultColumns_WithoutOptions()
    {
        var entry = Entry(SourceFormats.RdatasetsGrid, null, Series("x", "incidents"));
        var record = ReadText(new RdatasetsGridReader(), entry, "country_gtd,iso3,year,incidents\nPeru,PER,1990,12\n")
            .Records.ShouldHaveSingleItem();
        (record.EntityCode, record.EntityName, record.Year, record.Value).ShouldBe(("PER", "Peru", 1990, 12));
    }
}
