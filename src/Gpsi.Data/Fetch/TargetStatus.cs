namespace Gpsi.Data.Fetch;

/// <summary>How one target ended in a fetch run.</summary>
public enum TargetStatus
{
    /// <summary>Downloaded (in full, or the missing pages of an earlier partial run) and verified.</summary>
    Fetched,

    /// <summary>Already complete in today's snapshot (file present, hash matching): no request was made.</summary>
    UpToDate,

    /// <summary>Not complete; <see cref="TargetOutcome.Error"/> says why. Verified pages are kept for the next run.</summary>
    Failed,
}
