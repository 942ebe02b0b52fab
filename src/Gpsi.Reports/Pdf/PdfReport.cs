using System.Collections.Immutable;
using Gpsi.Data.Editions;
using Gpsi.Reports.Maps;

namespace Gpsi.Reports.Pdf;

/// <summary>
/// The PDFs of an edition in one language: <c>gpsi-&lt;year&gt;-&lt;lang&gt;.pdf</c> (the annual report) and
/// <c>gpsi-&lt;year&gt;-profiles-&lt;lang&gt;.pdf</c> (every country profile, one per page). The print HTML files
/// are kept beside them (<c>print/…html</c>) so that what was printed can be opened.
/// </summary>
public static class PdfReport
{
    /// <summary>Writes both PDFs into <paramref name="outDir"/> and returns their paths.</summary>
    public static ImmutableArray<string> Write(IndexRun run, ImmutableArray<MapFeature> map, string language,
        string outDir, PdfPrinter printer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(printer);
        var year = run.Years[^1];
        var printDir = Path.Combine(outDir, "print");
        Directory.CreateDirectory(printDir);
        var annualHtml = Path.Combine(printDir, $"gpsi-{year}-{language}.html");
        var profilesHtml = Path.Combine(printDir, $"gpsi-{year}-profiles-{language}.html");
        File.WriteAllText(annualHtml, HtmlReport.AnnualPrint(run, map, language));
        File.WriteAllText(profilesHtml, HtmlReport.ProfilesPrint(run, language));
        var annual = Path.Combine(outDir, $"gpsi-{year}-{language}.pdf");
        var profiles = Path.Combine(outDir, $"gpsi-{year}-profiles-{language}.pdf");
        printer.Print(annualHtml, annual);
        printer.Print(profilesHtml, profiles);
        return [annual, profiles];
    }
}
