using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gpsi.Data.Output;

/// <summary>
/// Writes <c>rankings.xlsx</c>: the package, workbook, relationships and styles through the Open XML SDK, each sheet's
/// XML streamed (see <see cref="WriteSheet(WorksheetPart, OutputTable)"/>). Numbers are numeric cells, text inline
/// strings, the header row bold and frozen. Relationship ids are fixed and the package is re-packed by
/// <see cref="DeterministicZip"/>, so the same sheets give the same bytes.
/// </summary>
internal static class RankingsWorkbook
{
    private static readonly string[] Letters = [.. Enumerable.Range(0, 26).Select(i => ((char)('A' + i)).ToString())];

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
                WriteSheet(part, sheets[i].Table);
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

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// Writes the sheet's XML with an <see cref="XmlWriter"/> and feeds it to the part (an Open XML SDK DOM of a
    /// 300 000-cell sheet took seconds, its <c>OpenXmlWriter</c> not much less): a frozen, bold header row, then the
    /// rows; empty cells are left out.
    /// </summary>
    private static void WriteSheet(WorksheetPart part, OutputTable table)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            WriteSheet(xml, table);
        }

        buffer.Position = 0;
        part.FeedData(buffer);
    }

    private static void WriteSheet(XmlWriter xml, OutputTable table)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteRaw("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" " +
            "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" " +
            "sqref=\"A2\"/></sheetView></sheetViews>");
        WriteWidths(xml, table);
        xml.WriteStartElement("sheetData", Main);
        WriteRow(xml, 1, [.. table.Columns], header: true);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            WriteRow(xml, r + 2, table.Rows[r], header: false);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Column widths from the header and the first 200 rows' text (6 to 60 characters, plus 2).</summary>
    private static void WriteWidths(XmlWriter xml, OutputTable table)
    {
        xml.WriteStartElement("cols", Main);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var widest = table.Rows.Take(200).Select(r => OutputCells.Text(r[c]).Length).DefaultIfEmpty(0).Max();
            var width = Math.Clamp(Math.Max(widest, table.Columns[c].Length), 6, 60) + 2;
            var n = (c + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("col", Main);
            xml.WriteAttributeString("min", n);
            xml.WriteAttributeString("max", n);
            xml.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteRow(XmlWriter xml, int index, object?[] cells, bool header)
    {
        var row = index.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", row);
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is null || (cells[c] is double d && !double.IsFinite(d)))
            {
                continue;
            }

            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("r", Column(c) + row);
            if (header)
            {
                xml.WriteAttributeString("s", "1");
            }

            if (OutputCells.IsNumber(cells[c]))
            {
                xml.WriteElementString("v", Main, OutputCells.Text(cells[c]));
            }
            else
            {
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", Main);
                xml.WriteStartElement("t", Main);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(XmlSafe(OutputCells.Text(cells[c])));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>The column letters of a 0-based column index (0 → A, 26 → AA).</summary>
    public static string Column(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index < Letters.Length)
        {
            return Letters[index];
        }

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
