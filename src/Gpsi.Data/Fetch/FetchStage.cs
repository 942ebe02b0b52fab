namespace Gpsi.Data.Fetch;

/// <summary>What a <see cref="FetchProgress"/> report is about.</summary>
public enum FetchStage
{
    /// <summary>Work on a target begins.</summary>
    Started,

    /// <summary>A page or part arrived (<see cref="FetchProgress.Done"/> of <see cref="FetchProgress.Total"/>).</summary>
    Progress,

    /// <summary>An attempt failed and will be retried after a delay.</summary>
    Retrying,

    /// <summary>The target's file is complete and verified.</summary>
    Completed,

    /// <summary>The target was already complete; nothing was requested.</summary>
    UpToDate,

    /// <summary>The target failed.</summary>
    Failed,
}
