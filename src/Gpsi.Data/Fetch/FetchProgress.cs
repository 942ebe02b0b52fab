namespace Gpsi.Data.Fetch;

/// <summary>A progress report for one target, for a progress bar or a plain log line.</summary>
/// <param name="TargetId">The target.</param>
/// <param name="Stage">What happened.</param>
/// <param name="Message">One line for a person.</param>
/// <param name="Done">Pages done so far (0 when unknown).</param>
/// <param name="Total">Pages expected (0 when not known yet).</param>
public sealed record FetchProgress(string TargetId, FetchStage Stage, string Message, int Done = 0, int Total = 0);
