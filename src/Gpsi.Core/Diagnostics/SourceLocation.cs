namespace Gpsi.Core.Diagnostics;

/// <summary>
/// Where a problem sits: a file with a 1-based line and column, and/or a field path inside a recipe
/// (for example <c>steps[3].method</c>) or a data cell (unit, indicator, year).
/// </summary>
public sealed record SourceLocation(string? File = null, int? Line = null, int? Column = null, string? Field = null)
{
    /// <summary>Renders as <c>file:line:column (field)</c>, leaving out what is unknown.</summary>
    public override string ToString()
    {
        var text = File ?? string.Empty;
        if (Line is { } line)
        {
            text += (text.Length > 0 ? ":" : "line ") + line;
            if (Column is { } column)
            {
                text += ":" + column;
            }
        }

        if (Field is not null)
        {
            text += text.Length > 0 ? $" ({Field})" : Field;
        }

        return text;
    }
}
