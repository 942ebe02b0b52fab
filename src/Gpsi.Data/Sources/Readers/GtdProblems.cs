using System.Text;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// The diagnostics of one chunk of a GTD file, capped so that a file full of bad lines cannot make memory grow with
/// its size: every problem is counted, only the first <see cref="Limit"/> are kept as <see cref="Diagnostic"/>s.
/// Line numbers are relative to the chunk's first line until <see cref="GtdEventAggregator"/> rebases them.
/// </summary>
internal sealed class GtdProblems(string file, int limit)
{
    /// <summary>How many diagnostics are kept.</summary>
    public int Limit { get; } = limit;

    /// <summary>The kept diagnostics, in file order.</summary>
    public List<Diagnostic> Kept { get; } = [];

    /// <summary>Every problem seen, kept or not.</summary>
    public long Total { get; private set; }

    /// <summary>Records an error at a cell (or at a line when <paramref name="column"/> is null).</summary>
    public void Error(string code, string message, int line, int? column, string? columnName,
        ReadOnlySpan<byte> found, string expected)
    {
        Total++;
        if (Kept.Count >= Limit)
        {
            return;
        }

        var field = columnName is null ? null : $"column '{columnName}'";
        Kept.Add(Diagnostic.Error(code, message, new SourceLocation(file, line, column, field), Text(found),
            expected));
    }

    /// <summary>The bytes as text for a diagnostic, shortened to 80 characters.</summary>
    public static string Text(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
    }
}
