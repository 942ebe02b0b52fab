using Gpsi.Core.Recipes;

namespace Gpsi.Core.Building;

/// <summary>One line of a build's log: which step ran, with which parameters, what it produced, and a summary.</summary>
/// <param name="Index">Position in the recipe's steps (0-based); −1 for the raw assembly and results.</param>
/// <param name="Kind">The step kind (<c>assemble</c>, <c>normalise</c>, …).</param>
/// <param name="Step">The step with its parameters, null for assembly and results.</param>
/// <param name="Output">The name of the data set it produced.</param>
/// <param name="Summary">What it did, in a line (counts, thresholds).</param>
public sealed record StepRecord(int Index, string Kind, Step? Step, string Output, string Summary);
