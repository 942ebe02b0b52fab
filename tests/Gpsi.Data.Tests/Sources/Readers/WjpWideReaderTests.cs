using Gpsi.Core.Diagnostics;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class WjpWideReaderTests
{
    private const string Header = "Country,Abbreviation,\"Factor 4:Rights, Freedoms\",Year\n";

    private static SourceReadResult Read(string rows) =>
        ReadText(new WjpWideReader(), Entry(SourceFormats.WjpWide, null, Series("f4", "Factor 4:Rights, Freedoms")),
            Header + rows);

    [Fact]
    public void Read_Afghanistan2014_OrderAndSecurity()
    {
        var result = ReadShared("wjp-rule-of-law");
        result.Diagnostics.ShouldBeEmpty();
        var afg = result.Records.Single(r => r.EntityCode == "AFG" && r.Year == 2014
            && r.Indicator == "wjp_f5_order_security");
        (afg.Value, afg.Line, afg.Column, afg.EntityName).ShouldBe((0.41660198986798808, 2, 33, "Afghanistan"));
        afg.Transformations.ShouldBeEmpty();
        result.Records.Single(r => r.Line == 2 && r.Indicator == "wjp_overall").Value.ShouldBe(0.33719992508713659);
    }

    [Fact]
    public void Read_QuotedHeaderWithComma_IsOneColumn()
    {
        var record = Read("Kenya,KEN,0.4,2019\n").Records.ShouldHaveSingleItem();
        (record.EntityCode, record.Year, record.Value, record.Column).ShouldBe(("KEN", 2019, 0.4, 3));
    }

    [Theory]
    [InlineData("2017-2018", 2018)]
    [InlineData("2012–2013", 2013)]
    [InlineData("2017-18", 2018)]
    [InlineData("2019/2020", 2020)]
    public void Read_Edition_IsItsSecondYearAndSaysSo(string edition, int year)
    {
        var result = Read($"Kenya,KEN,0.4,{edition}\n");
        result.Diagnostics.ShouldBeEmpty();
        var record = result.Records.ShouldHaveSingleItem();
        record.Year.ShouldBe(year);
        record.Transformations.ShouldBe([$"edition {edition} read as year {year}"]);
    }

    [Theory]
    [InlineData("2018-2017")]
    [InlineData("2018-2018")]
    [InlineData("edition 2018")]
    public void Read_BadEdition_IsABadYear(string edition)
    {
        var d = Read($"Kenya,KEN,0.4,{edition}\n").Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location, d.Found).ShouldBe(("data.bad-year",
            new SourceLocation("test.csv", 2, 4, "column 'Year'"), edition));
        d.Expected.ShouldBe("a whole year from 1800 to 2100 or an edition such as 2017-2018");
    }
}
