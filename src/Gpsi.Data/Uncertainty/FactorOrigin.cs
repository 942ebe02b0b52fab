using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Uncertainty;

/// <summary>Where a factor is written: the factor itself and each of its values (options, limits or candidates), in order.</summary>
/// <param name="Factor">The factor's entry (e.g. <c>factors[2]</c>).</param>
/// <param name="Values">One location per value of the factor's list; empty for weight noise.</param>
public sealed record FactorOrigin(SourceLocation Factor, ImmutableArray<SourceLocation> Values);
