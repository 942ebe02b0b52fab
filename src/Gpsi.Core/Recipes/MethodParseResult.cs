using System.Diagnostics.CodeAnalysis;

namespace Gpsi.Core.Recipes;

/// <summary>
/// The outcome of parsing one method in <see cref="MethodSyntax"/>: the method, or an error saying what was found and
/// what the syntax expects.
/// </summary>
/// <typeparam name="T">The method family (normalisation, aggregation, …).</typeparam>
public sealed record MethodParseResult<T>
    where T : class
{
    internal MethodParseResult(T? method, string found, string expected, string? error)
    {
        Method = method;
        Found = found;
        Expected = expected;
        Error = error;
    }

    /// <summary>The parsed method; null when <see cref="Error"/> is set.</summary>
    public T? Method { get; }

    /// <summary>The text that was parsed, verbatim.</summary>
    public string Found { get; }

    /// <summary>The syntax of the family, e.g. <c>one of amean, gmean[:SHIFT], …</c>.</summary>
    public string Expected { get; }

    /// <summary>One sentence saying what is wrong; null on success.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Method"/> was parsed.</summary>
    [MemberNotNullWhen(true, nameof(Method))]
    public bool Succeeded => Method is not null;
}
