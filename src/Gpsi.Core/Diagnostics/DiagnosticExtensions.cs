namespace Gpsi.Core.Diagnostics;

/// <summary>Queries over lists of diagnostics.</summary>
public static class DiagnosticExtensions
{
    /// <summary>True when any diagnostic is an error.</summary>
    public static bool HasErrors(this IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return diagnostics.Any(d => d.Severity == Severity.Error);
    }
}
