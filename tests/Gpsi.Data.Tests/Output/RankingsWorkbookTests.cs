using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gpsi.Data.Output;
using Shouldly;
using Xunit;

namespace Gpsi.Data.Tests.Output;

public sealed class RankingsWorkbookTests
{
    private static readonly byte[] Xlsx =
        IndexRunFiles.Render(SampleRun.Create()).Single(f => f.Name == "rankings.xlsx").Content;

    /// <summary>Every sheet by name: each row's cells by reference (A1 …) as (text, is a number, style index).</summary>
    private static Dictionary<string, Dictionary<string, (string Text, bool Number, uint Style)>> Read(out List<string> names)
    {
        using var stream = new MemoryStream(Xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        names = [.. sheets.Select(s => s.Name!.Value!)];
        var result = new Dictionary<string, Dictionary<string, (string, bool, uint)>>();
        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var pane = part.Worksheet.Descendants<Pane>().Single();
            pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
            pane.VerticalSplit!.Value.ShouldBe(1);
            result[sheet.Name!.Value!] = part.Worksheet.Descendants<Cell>().ToDictionary(
                c => c.CellReference!.Value!,
                c => c.DataType?.Value == CellValues.InlineString
                    ? (c.InlineString!.InnerText, false, c.StyleIndex?.Value ?? 0)
                    : (c.CellValue!.Text, true, c.StyleIndex?.Value ?? 0));
        }

        return result;
    }

    [Fact]
    public void Workbook_SampleRun_SheetsInOrder()
    {
        Read(out var names);
        names.ShouldBe(["About", "Index", "safety", "conflict", "Coverage", "Completeness", "Imputed"]);
    }

    [Fact]
    public void AboutSheet_SampleRun_NamesTheHashesAndHowToCite()
    {
        var about = Read(out _)["About"];
        about["A5"].Text.ShouldBe("recipe_hash");
        about["B5"].Text.ShouldBe(SampleRun.RecipeHash);
        about["B6"].Text.ShouldBe(SampleRun.SnapshotId);
        about["B7"].Text.ShouldBe("2019–2020");
        about["B8"].Text.ShouldBe($"Test Public Security Index (gpsi-test 1.0), editions 2019–2020. " +
            $"Recipe {SampleRun.RecipeHash}; data snapshot {SampleRun.SnapshotId}.");
        about["A9"].Text.ShouldBe("source ucdp-brd");
    }

    [Fact]
    public void IndexSheet_SampleRun_LatestYearFirstNumbersAsNumbersBoldHeader()
    {
        var index = Read(out _)["Index"];
        index["A1"].ShouldBe(("iso3", false, 1u));
        index["D1"].ShouldBe(("index", false, 1u));
        index["A2"].ShouldBe(("NOR", false, 0u));
        index["C2"].ShouldBe(("2020", true, 0u));
        index["D2"].ShouldBe(("82", true, 0u));
        index["B3"].Text.ShouldBe("Korea, Rep.");
        index["D3"].ShouldBe(("63.5", true, 0u));
        index["A4"].Text.ShouldBe("AFG");
        index.ShouldNotContainKey("D4"); // unranked in 2020: empty score
        index["D7"].ShouldBe(("10.125", true, 0u));
    }

    [Fact]
    public void DimensionSheet_SampleRun_DimensionScoreRankAndIndicators()
    {
        var safety = Read(out _)["safety"];
        new[] { "A1", "B1", "C1", "D1", "E1", "F1" }.Select(r => safety[r].Text)
            .ShouldBe(["year", "iso3", "name", "safety", "safety_rank", "homicide"]);
        safety["D2"].ShouldBe(("92", true, 0u));
        safety["F3"].ShouldBe(("75", true, 0u));
        safety["B6"].Text.ShouldBe("AFG");
        safety["D6"].ShouldBe(("20.25", true, 0u));
    }

    [Fact]
    public void ImputedSheet_SampleRun_MatchesImputedCsvRows()
    {
        var imputed = Read(out _)["Imputed"];
        imputed["G4"].Text.ShouldBe("back_cast");
        imputed["M2"].Text.ShouldBe("÷ population × 100,000 | carried forward from 2018");
        imputed.ShouldNotContainKey("A5");
    }

    [Fact]
    public void Package_SampleRun_FixedTimestampsAndPartOrder()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(Xlsx));
        zip.Entries[0].FullName.ShouldBe("[Content_Types].xml");
        zip.Entries[1].FullName.ShouldBe("_rels/.rels");
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.Year == 1980 && e.LastWriteTime.Month == 1 && e.LastWriteTime.Day == 1);
        zip.Entries.Select(e => e.FullName).Skip(2).ShouldBe(zip.Entries.Select(e => e.FullName).Skip(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Package_SampleRun_ValidAgainstTheOpenXmlSchema()
    {
        using var stream = new MemoryStream(Xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void AboutSheet_SampleRun_ColumnsWideEnoughForTheirText()
    {
        using var stream = new MemoryStream(Xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var about = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var widths = ((WorksheetPart)workbook.GetPartById(about.Id!.Value!)).Worksheet.Descendants<Column>()
            .Select(c => c.Width!.Value).ToList();
        widths.ShouldBe([17.0, 62.0]); // "source ucdp-brd" is 15 characters; the citation is cut at 60
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_Index_Letters(int index, string letters) => RankingsWorkbook.Column(index).ShouldBe(letters);

    [Fact]
    public void SheetName_ForbiddenLongOrTaken_MadeValidAndUnique()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Index" };
        RankingsWorkbook.SheetName("index", taken).ShouldBe("index (2)");
        RankingsWorkbook.SheetName("a/b:c", taken).ShouldBe("a_b_c");
        RankingsWorkbook.SheetName(new string('x', 40), taken).ShouldBe(new string('x', 31));
        RankingsWorkbook.SheetName(new string('x', 40), taken).ShouldBe(new string('x', 27) + " (2)");
    }
}
