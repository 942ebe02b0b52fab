namespace Gpsi.Core.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the result is still what the recipe asked for.</summary>
    Info,

    /// <summary>The result was produced but an analyst should look (a zero range, a dropped unit).</summary>
    Warning,

    /// <summary>The input cannot be used as given; no output is written.</summary>
    Error,
}
