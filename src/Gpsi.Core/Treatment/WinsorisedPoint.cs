namespace Gpsi.Core.Treatment;

/// <summary>A value replaced by winsorisation.</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="High">True when a maximum was pulled down, false when a minimum was pulled up.</param>
/// <param name="From">The original value.</param>
/// <param name="To">The value it was replaced by.</param>
public sealed record WinsorisedPoint(string Unit, bool High, double From, double To);
