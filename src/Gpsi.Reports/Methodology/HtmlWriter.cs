using System.Text;
using static Gpsi.Reports.Html.Html;

namespace Gpsi.Reports.Methodology;

/// <summary>Writes the methodology as an XHTML fragment (headings start at h1).</summary>
internal sealed class HtmlWriter : IDocumentWriter
{
    private readonly StringBuilder _sb = new();

    public void Heading(int level, string text) => _sb.Append($"<h{level}>{E(text)}</h{level}>\n");

    public void Paragraph(string text) => _sb.Append($"<p>{E(text)}</p>\n");

    public void Field(string label, string code) => _sb.Append($"<p>{E(label)}: <code>{E(code)}</code></p>\n");

    public void Reason(string label, string text) => _sb.Append($"<blockquote><em>{E(label)}:</em> {E(text)}</blockquote>\n");

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _sb.Append("<table><tr>");
        foreach (var h in header)
        {
            _sb.Append($"<th>{E(h)}</th>");
        }

        _sb.Append("</tr>\n");
        foreach (var row in rows)
        {
            _sb.Append("<tr>");
            foreach (var cell in row)
            {
                _sb.Append($"<td>{E(cell)}</td>");
            }

            _sb.Append("</tr>\n");
        }

        _sb.Append("</table>\n");
    }

    public override string ToString() => _sb.ToString();
}
