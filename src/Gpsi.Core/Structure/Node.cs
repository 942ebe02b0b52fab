namespace Gpsi.Core.Structure;

/// <summary>
/// One node of the index tree: an indicator (a leaf) or an aggregate. Levels are not stored: an indicator is
/// level 1 and an aggregate is one more than its highest child, so a tree of any depth is described by parents alone.
/// </summary>
public sealed record Node
{
    /// <summary>Unique code, e.g. <c>Homicide</c> or <c>Index</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Indicator or aggregate.</summary>
    public required NodeKind Kind { get; init; }

    /// <summary>Display name; the code when absent.</summary>
    public string? Name { get; init; }

    /// <summary>The parent aggregate's code; null for the root.</summary>
    public string? Parent { get; init; }

    /// <summary>Weight relative to the node's siblings (not necessarily summing to one).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Whether higher is better; meaningful for indicators.</summary>
    public Direction Direction { get; init; } = Direction.Positive;

    /// <summary>Unit of measure, free text.</summary>
    public string? Unit { get; init; }

    /// <summary>A target value (raw unit) for distance-to-target normalisation.</summary>
    public double? Target { get; init; }

    /// <summary>Fixed goalposts (raw unit) for goalpost normalisation.</summary>
    public Goalposts? Goalposts { get; init; }

    /// <summary>Optional denominator applied by the denominate step.</summary>
    public Denominator? Denominator { get; init; }

    /// <summary>Indicator type (outcome, capacity, perception, context), free text.</summary>
    public string? Type { get; init; }

    /// <summary>Where the values come from, free text or a source-catalogue id.</summary>
    public string? Source { get; init; }

    /// <summary>For a catalogue-based recipe: the catalogue or derived series an indicator reads; null otherwise.</summary>
    public string? Series { get; init; }
}
