using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Core.Uncertainty;

/// <summary>
/// A drawn recipe did not build. Models that check every drawable recipe before running never throw it; the reference
/// <see cref="BuilderModel"/> does, and the analyses turn it into diagnostics naming what was drawn.
/// </summary>
public sealed class ReplicationFailedException : Exception
{
    /// <summary>Creates the exception for a draw described by <paramref name="drawn"/> with its build errors.</summary>
    public ReplicationFailedException(string drawn, ImmutableArray<Diagnostic> errors)
        : base($"The recipe drawn ({drawn}) did not build: {string.Join("; ", errors.Select(e => e.Message))}")
    {
        Drawn = drawn;
        Errors = errors;
    }

    /// <summary>What was drawn, factor by factor.</summary>
    public string Drawn { get; }

    /// <summary>The row of the draws that failed (0-based), once <see cref="Replications.Run"/> has seen it; −1 before.</summary>
    public int Row { get; internal set; } = -1;

    /// <summary>The build's errors.</summary>
    public ImmutableArray<Diagnostic> Errors { get; }
}
