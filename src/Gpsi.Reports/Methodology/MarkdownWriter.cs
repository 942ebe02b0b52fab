using System.Text;

namespace Gpsi.Reports.Methodology;

/// <summary>Writes the methodology as CommonMark with GitHub tables.</summary>
internal sealed class MarkdownWriter : IDocumentWriter
{
    private readonly StringBuilder _sb = new();

    public void Heading(int level, string text) => _sb.Append('#', level).Append(' ').Append(text).Append("\n\n");

    public void Paragraph(string text) => _sb.Append(text).Append("\n\n");

    public void Field(string label, string code) => _sb.Append(label).Append(": `").Append(code).Append("`\n\n");

    public void Reason(string label, string text) => _sb.Append("> *").Append(label).Append(":* ").Append(text).Append("\n\n");

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _sb.Append("| ").Append(string.Join(" | ", header.Select(Cell))).Append(" |\n");
        _sb.Append('|').Append(string.Concat(header.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            _sb.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        }

        _sb.Append('\n');
    }

    public override string ToString() => _sb.ToString().TrimEnd('\n') + "\n";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
