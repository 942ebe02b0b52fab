using System.Text;
using Gpsi.Reports.Maps;
using Gpsi.Reports.Pdf;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Tests.Pdf;

public sealed class PdfPrinterTests
{
    [ChromiumFact]
    public void Write_SampleRun_PrintsAnnualReportAndOneProfilePerPage()
    {
        // Skipped without Chromium, except under CI=true (scripts/test installs it), where it fails.
        var chromium = ChromiumFactAttribute.Require();

        using var temp = new TempFolder();
        var written = PdfReport.Write(SampleRun.Run, TopoJson.Read(SampleRun.GeoPath), ReportTexts.Chinese, temp.Path, new PdfPrinter(chromium));
        written.Select(Path.GetFileName).ShouldBe(["gpsi-2020-zh-Hans.pdf", "gpsi-2020-profiles-zh-Hans.pdf"]);
        foreach (var pdf in written)
        {
            var bytes = File.ReadAllBytes(pdf);
            Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        }

        // Five considered countries, one A4 page each.
        Pages(File.ReadAllBytes(written[1])).ShouldBe(5);
        Pages(File.ReadAllBytes(written[0])).ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Print_MissingHtml_Throws()
    {
        var printer = new PdfPrinter("/nonexistent/chromium");
        Should.Throw<FileNotFoundException>(() => printer.Print("/nonexistent/page.html", "/tmp/x.pdf"));
    }

    private static int Pages(byte[] pdf)
    {
        // Count "/Type /Page" objects (not "/Pages"); Chromium's Skia PDF writes them uncompressed.
        var text = Encoding.Latin1.GetString(pdf);
        var count = 0;
        for (var i = text.IndexOf("/Type /Page", StringComparison.Ordinal); i >= 0; i = text.IndexOf("/Type /Page", i + 1, StringComparison.Ordinal))
        {
            count += text[i + 11] == 's' ? 0 : 1;
        }

        return count;
    }
}
