using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gpsi.Data.Output;

/// <summary>
/// Writes <c>rankings.xlsx</c> with the Open XML SDK: one worksheet per (name, table), numbers as numeric cells, text
/// as inline strings, the header row bold and frozen. Relationship ids are given explicitly and the package is
/// re-packed by <see cref="DeterministicZip"/>, so the same sheets give the same bytes.
/// </summary>
internal static class RankingsWorkbook
{
    public static byte[] Render(IReadOnlyList<(string Name, OutputTable Table)> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // AddWorkbookPart() would name the relationship with a random id; a fixed one keeps the bytes stable.
            var workbookPart = document.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();
            var list = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = $"rIdSheet{i + 1}";
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                part.Worksheet = Worksheet(sheets[i].Table);
                list.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
            }

            workbookPart.Workbook = new Workbook(list);
        }

        return DeterministicZip.Repack(stream.ToArray());
    }

    /// <summary>A valid, unique sheet name: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    public static string SheetName(string wanted, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var clean = new string([.. wanted.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '_' : c)]);
        clean = clean.Length > 31 ? clean[..31] : clean;
        var name = clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }

    private static Worksheet Worksheet(OutputTable table)
    {
        var data = new SheetData();
        data.Append(Row(1, table.Columns.Cast<object?>().ToArray(), style: 1));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            data.Append(Row((uint)(r + 2), table.Rows[r], style: 0));
        }

        var view = new SheetView(
            new Pane
            {
                VerticalSplit = 1,
                TopLeftCell = "A2",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>(["A2"]) })
        {
            WorkbookViewId = 0,
        };
        return new Worksheet(new SheetViews(view), data);
    }

    private static Row Row(uint index, object?[] cells, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is null || (cells[c] is double d && !double.IsFinite(d)))
            {
                continue;
            }

            var reference = Column(c) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cell = OutputCells.IsNumber(cells[c])
                ? new Cell { CellReference = reference, CellValue = new CellValue(OutputCells.Text(cells[c])) }
                : new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(XmlSafe(OutputCells.Text(cells[c])))
                    {
                        Space = SpaceProcessingModeValues.Preserve,
                    }),
                };
            if (style != 0)
            {
                cell.StyleIndex = style;
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>The column letters of a 0-based column index (0 → A, 26 → AA).</summary>
    public static string Column(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string XmlSafe(string text) =>
        text.Any(c => c < 0x20 && c is not '\t' and not '\n' and not '\r')
            ? new string([.. text.Select(c => c < 0x20 && c is not '\t' and not '\n' and not '\r' ? ' ' : c)])
            : text;

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()))
        { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true })
        { Count = 2 });
}
