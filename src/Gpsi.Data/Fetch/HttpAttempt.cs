namespace Gpsi.Data.Fetch;

/// <summary>One HTTP response, read whole within the attempt's timeout.</summary>
internal sealed record HttpAttempt(int Status, string Reason, TimeSpan? RetryAfter, byte[] Body)
{
    public bool Success => Status is >= 200 and < 300;

    /// <summary>5xx, 408 Request Timeout and 429 Too Many Requests are worth another try; 4xx otherwise are not.</summary>
    public bool Transient => Status >= 500 || Status == 408 || Status == 429;
}
