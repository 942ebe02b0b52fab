namespace Gpsi.Reports.Methodology;

/// <summary>Where the methodology's blocks go: Markdown or HTML. Every text passed in is plain (the writer escapes).</summary>
internal interface IDocumentWriter
{
    void Heading(int level, string text);

    void Paragraph(string text);

    /// <summary>A label followed by a value shown as code (hashes, formulas, method syntax).</summary>
    void Field(string label, string code);

    /// <summary>A reason quoted from the recipe.</summary>
    void Reason(string label, string text);

    void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows);
}
