namespace Gpsi.Reports.Site;

/// <summary>The one style sheet (screen and print), system fonts only.</summary>
internal static class Styles
{
    public static string Css(bool chinese, string? printFooter = null) => $$"""
        body { font-family: {{(chinese ? "\"Noto Sans CJK SC\", \"Noto Sans SC\", sans-serif" : "\"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif")}};
          color: #1f2933; margin: 0; font-size: 14px; line-height: 1.45; }
        main { max-width: 1040px; margin: 0 auto; padding: 8px 20px 24px; }
        nav { background: #17324d; padding: 10px 20px; }
        nav a { color: #fff; margin-right: 18px; text-decoration: none; }
        nav a.brand { font-weight: bold; }
        nav a.lang { float: right; margin-right: 0; }
        h1 { font-size: 26px; margin: 18px 0 4px; color: #17324d; }
        h2 { font-size: 19px; margin: 26px 0 8px; color: #17324d; border-bottom: 2px solid #dbe4ee; padding-bottom: 3px; }
        h3 { font-size: 15px; margin: 16px 0 6px; }
        p.lead { font-size: 16px; color: #3e4c59; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
        th, td { border-bottom: 1px solid #e4e7eb; padding: 3px 6px; text-align: left; vertical-align: top; }
        th { background: #f0f4f8; font-weight: 600; }
        td.band, td.nowrap { white-space: nowrap; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.ranking th { vertical-align: bottom; } table.ranking th.n { white-space: normal; }
        tr.self td { background: #fff4d6; font-weight: 600; }
        tr.flag td { background: #fff4d6; }
        table.heat td, table.heat th { padding: 2px 3px; font-size: 11px; text-align: center; border: 1px solid #ffffff; }
        table.heat th.row { text-align: left; white-space: nowrap; }
        table.heat td.flag { outline: 2px solid #b7791f; outline-offset: -2px; font-weight: 700; }
        .swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid #999; vertical-align: middle; margin-right: 4px; }
        .legend span.item { margin-right: 14px; white-space: nowrap; }
        .hatch { background: repeating-linear-gradient(45deg, #d9d9d9 0 2px, #b0b0b0 2px 3px); }
        svg.map { width: 100%; height: auto; }
        svg.map path { stroke: #ffffff; stroke-width: 0.4; }
        svg.chart { width: 100%; max-width: 640px; height: auto; }
        .muted { color: #616e7c; font-size: 12px; }
        .up { color: #1a7f37; } .down { color: #b42318; }
        .cols { display: flex; gap: 24px; } .cols > div { flex: 1; }
        code { font-size: 11px; word-break: break-all; }
        footer { max-width: 1040px; margin: 0 auto; padding: 10px 20px 30px; color: #616e7c; font-size: 11px; border-top: 1px solid #e4e7eb; }
        blockquote { margin: 4px 0 8px 0; padding-left: 10px; border-left: 3px solid #dbe4ee; color: #3e4c59; }
        @page { size: A4; margin: 10mm 12mm 15mm;
          @bottom-left { content: "{{CssString(printFooter ?? string.Empty)}}"; white-space: pre; font-size: 6.5pt; color: #616e7c; }
          @bottom-right { content: counter(page); font-size: 7pt; color: #616e7c; } }
        @media print {
          body { font-size: 9.5px; }
          svg.chart { max-width: 100%; }
          .muted { font-size: 8.5px; }
          p.lead { font-size: 12.5px; margin: 4px 0; }
          .profile h2 { margin-top: 8px; margin-bottom: 4px; }
          main { max-width: none; padding: 0; }
          footer { display: none; }
          h1 { font-size: 20px; } h2 { font-size: 15px; margin-top: 14px; }
          .page { break-before: page; }
          .profile { break-before: page; break-inside: avoid; }
          .profile:first-of-type { break-before: auto; }
          table { page-break-inside: auto; } tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          th, td { padding: 1px 4px; }
        }

        """;

    /// <summary>A CSS string literal's content: backslashes and quotes escaped, a new line as \A.</summary>
    private static string CssString(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\A ", StringComparison.Ordinal);
}
