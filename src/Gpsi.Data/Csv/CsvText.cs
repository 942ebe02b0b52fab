namespace Gpsi.Data.Csv;

/// <summary>Writing CSV fields (RFC 4180): quotes doubled inside a quoted field.</summary>
public static class CsvText
{
    /// <summary>The field always quoted, as R's <c>write.csv</c> writes text.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The field quoted only when it holds a comma, a quote or a line break.</summary>
    public static string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : Quote(text);
    }
}
