namespace Gpsi.Core.Diagnostics;

/// <summary>
/// An expected problem in data or a recipe, as a value: what was found, what was expected, and where.
/// Bugs throw; bad input becomes a diagnostic that each front door translates (CLI: message and exit code).
/// </summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable identifier such as <c>recipe.unknown-parent</c>.</param>
/// <param name="Message">One sentence for a person.</param>
/// <param name="Location">Where it is, when known.</param>
/// <param name="Found">What was found, verbatim where possible.</param>
/// <param name="Expected">What would have been accepted.</param>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string Message,
    SourceLocation? Location = null,
    string? Found = null,
    string? Expected = null)
{
    /// <summary>An error diagnostic.</summary>
    public static Diagnostic Error(string code, string message, SourceLocation? location = null,
        string? found = null, string? expected = null) => new(Severity.Error, code, message, location, found, expected);

    /// <summary>A warning diagnostic.</summary>
    public static Diagnostic Warning(string code, string message, SourceLocation? location = null,
        string? found = null, string? expected = null) => new(Severity.Warning, code, message, location, found, expected);

    /// <summary>An informational diagnostic.</summary>
    public static Diagnostic Info(string code, string message, SourceLocation? location = null) =>
        new(Severity.Info, code, message, location);

    /// <summary>Renders as <c>file:line:col (field): error code: message; found …, expected …</c>.</summary>
    public override string ToString()
    {
        var where = Location?.ToString();
        var text = string.IsNullOrEmpty(where) ? string.Empty : where + ": ";
        text += $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
        if (Found is not null)
        {
            text += $"; found '{Found}'";
        }

        if (Expected is not null)
        {
            text += $"; expected {Expected}";
        }

        return text;
    }
}
